package io.slipway.dsl.parse;

import java.util.Set;

/**
 * Reads type names as written in declarations, casts, catch clauses and parameters: qualified names,
 * generics ({@code Map<String, List<Integer>>}) and array brackets. The lookahead methods tell a typed
 * declaration ({@code String x}) from a command call ({@code echo x}) without consuming anything.
 */
final class TypeParser {

    static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void");

    private final TokenStream ts;

    TypeParser(TokenStream ts) {
        this.ts = ts;
    }

    /** The index just past a type starting at {@code start}, or -1 when no type starts there. */
    int typeEnd(int start) {
        Token first = ts.tokenAt(start);
        boolean primitive = first.is(TokenKind.KEYWORD) && PRIMITIVES.contains(first.text());
        if (!first.is(TokenKind.IDENT) && !primitive) {
            return -1;
        }
        int i = start + 1;
        while (ts.tokenAt(i).is(TokenKind.DOT) && ts.tokenAt(i + 1).is(TokenKind.IDENT)) {
            i += 2;
        }
        if (ts.tokenAt(i).is(TokenKind.LT)) {
            i = genericsEnd(i);
            if (i < 0) {
                return -1;
            }
        }
        while (ts.tokenAt(i).is(TokenKind.LBRACKET) && ts.tokenAt(i + 1).is(TokenKind.RBRACKET)) {
            i += 2;
        }
        if (ts.tokenAt(i).is(TokenKind.TRIPLE_DOT)) {
            i++;
        }
        return i;
    }

    private int genericsEnd(int i) {
        int depth = 0;
        do {
            Token t = ts.tokenAt(i);
            switch (t.kind()) {
                case LT -> depth++;
                case GT -> depth--;
                case IDENT, COMMA, DOT, QUESTION, LBRACKET, RBRACKET -> { }
                case KEYWORD -> {
                    if (!t.text().equals("extends") && !t.text().equals("super") && !PRIMITIVES.contains(t.text())) {
                        return -1;
                    }
                }
                default -> {
                    return -1;
                }
            }
            i++;
        } while (depth > 0);
        return i;
    }

    /**
     * Whether the type from {@code start} to {@code end} can only be a type: a primitive, a capitalised
     * last name, generics or array brackets. {@code echo x} is a call; {@code String x} is a declaration.
     */
    boolean isUnmistakable(int start, int end) {
        Token first = ts.tokenAt(start);
        if (first.is(TokenKind.KEYWORD)) {
            return true;
        }
        String last = first.text();
        for (int i = start; i < end; i++) {
            Token t = ts.tokenAt(i);
            if (t.is(TokenKind.LT) || t.is(TokenKind.LBRACKET)) {
                return true;
            }
            if (t.is(TokenKind.IDENT)) {
                last = t.text();
            }
        }
        return Character.isUpperCase(last.charAt(0));
    }

    /** Consumes a type and returns it as written, without spaces. */
    String parseType() {
        int end = typeEnd(ts.mark());
        if (end < 0) {
            throw ts.fail(ts.peek(), ParseMessages.expected("a type name", ts.peek().describe()), null);
        }
        StringBuilder text = new StringBuilder();
        while (ts.mark() < end) {
            text.append(ts.next().text());
        }
        return text.toString();
    }
}
