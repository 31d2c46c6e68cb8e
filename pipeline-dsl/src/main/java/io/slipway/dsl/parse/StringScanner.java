package io.slipway.dsl.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every kind of Groovy string literal: {@code '...'}, {@code "..."}, {@code '''...'''},
 * {@code """..."""}, slashy {@code /.../} and dollar-slashy {@code $/.../$}. Double-quoted, slashy and
 * dollar-slashy strings interpolate {@code ${expr}} and {@code $name.path}; their tokens are read by a
 * nested {@link Lexer}. A string without any interpolation becomes a plain {@link TokenKind#STRING}.
 */
final class StringScanner {

    private enum Escapes { STANDARD, SLASHY, DOLLAR_SLASHY }

    private record Kind(String open, String close, boolean interpolates, boolean multiline, Escapes escapes) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("'''", "'''", false, true, Escapes.STANDARD),
            new Kind("\"\"\"", "\"\"\"", true, true, Escapes.STANDARD),
            new Kind("'", "'", false, false, Escapes.STANDARD),
            new Kind("\"", "\"", true, false, Escapes.STANDARD),
            new Kind("$/", "/$", true, true, Escapes.DOLLAR_SLASHY),
            new Kind("/", "/", true, true, Escapes.SLASHY));

    private final CharSource src;
    private final ParseReporter reporter;
    private final Kind kind;
    private final List<String> strings = new ArrayList<>();
    private final List<List<Token>> values = new ArrayList<>();
    private StringBuilder piece = new StringBuilder();
    private boolean unclosedInterpolation;

    private StringScanner(CharSource src, ParseReporter reporter, Kind kind) {
        this.src = src;
        this.reporter = reporter;
        this.kind = kind;
    }

    /** Reads the string literal that starts at the cursor. */
    static Token scan(CharSource src, ParseReporter reporter) {
        Kind kind = null;
        for (Kind k : KINDS) {
            if (src.startsWith(k.open())) {
                kind = k;
                break;
            }
        }
        return new StringScanner(src, reporter, kind).read();
    }

    private Token read() {
        int line = src.line();
        int column = src.column();
        int start = src.offset();
        src.advance(kind.open().length());
        if (!body() && !unclosedInterpolation) {
            reporter.error(line, column, ParseMessages.UNTERMINATED_STRING, ParseMessages.unterminatedStringHint(kind.open()));
        }
        strings.add(piece.toString());
        String text = src.slice(start, src.offset());
        if (values.isEmpty()) {
            return new Token(TokenKind.STRING, text, strings.get(0), line, column);
        }
        return new Token(TokenKind.GSTRING, text, new LexedGString(strings, values), line, column);
    }

    /** Reads up to and including the closing quote; false when the string ends without one. */
    private boolean body() {
        while (!src.atEnd()) {
            if (kind.escapes() == Escapes.DOLLAR_SLASHY && dollarSlashyEscape()) {
                continue;
            }
            if (quoteBeforeClosing()) {
                piece.append(src.advance());
                continue;
            }
            if (src.startsWith(kind.close())) {
                src.advance(kind.close().length());
                return true;
            }
            char c = src.peek();
            if (c == '\n' && !kind.multiline()) {
                return false;
            }
            if (c == '\\') {
                backslash();
            } else if (c == '$' && kind.interpolates()) {
                if (!dollar()) {
                    return false;
                }
            } else {
                piece.append(src.advance());
            }
        }
        return false;
    }

    /** In {@code """say "hi""""} the first of four quotes is text and the last three close the string. */
    private boolean quoteBeforeClosing() {
        String close = kind.close();
        return close.length() == 3 && src.startsWith(close) && src.peek(3) == close.charAt(0);
    }

    private boolean dollarSlashyEscape() {
        if (src.startsWith("$$") || src.startsWith("$/")) {
            src.advance();
            piece.append(src.advance());
            return true;
        }
        return false;
    }

    private void backslash() {
        switch (kind.escapes()) {
            case STANDARD -> StringLiteralDecoder.decodeEscape(src, piece, reporter);
            case SLASHY -> {
                src.advance();
                if (src.peek() == '/') {
                    piece.append(src.advance());
                } else {
                    piece.append('\\');
                }
            }
            case DOLLAR_SLASHY -> piece.append(src.advance());
        }
    }

    /** Handles a dollar sign; false when an interpolation is left open. */
    private boolean dollar() {
        char next = src.peek(1);
        if (next == '{') {
            int line = src.line();
            int column = src.column();
            src.advance(2);
            int mark = reporter.mark();
            List<Token> tokens = Lexer.interpolation(src, reporter, !kind.multiline());
            if (tokens == null) {
                reporter.rollback(mark);
                reporter.error(line, column, ParseMessages.expectedToClose("}", "${", line, column), null);
                unclosedInterpolation = true;
                return false;
            }
            startValue(tokens);
        } else if (Character.isJavaIdentifierStart(next) && next != '$') {
            src.advance();
            startValue(path());
        } else {
            if (kind.escapes() == Escapes.STANDARD) {
                reporter.error(src.line(), src.column(), ParseMessages.UNESCAPED_DOLLAR, ParseMessages.unescapedDollarHint());
            }
            piece.append(src.advance());
        }
        return true;
    }

    private void startValue(List<Token> tokens) {
        strings.add(piece.toString());
        piece = new StringBuilder();
        values.add(tokens);
    }

    /** {@code $name.prop.prop}: a dotted path of identifiers, as Groovy reads it after a bare dollar. */
    private List<Token> path() {
        List<Token> tokens = new ArrayList<>();
        tokens.add(word());
        while (src.peek() == '.' && Character.isJavaIdentifierStart(src.peek(1)) && src.peek(1) != '$') {
            tokens.add(new Token(TokenKind.DOT, ".", null, src.line(), src.column()));
            src.advance();
            tokens.add(word());
        }
        tokens.add(new Token(TokenKind.EOF, "", null, src.line(), src.column()));
        return tokens;
    }

    private Token word() {
        int line = src.line();
        int column = src.column();
        int start = src.offset();
        src.advance();
        while (!src.atEnd() && Character.isJavaIdentifierPart(src.peek()) && src.peek() != '$') {
            src.advance();
        }
        String text = src.slice(start, src.offset());
        TokenKind k = Lexer.KEYWORDS.contains(text) ? TokenKind.KEYWORD : TokenKind.IDENT;
        return new Token(k, text, null, line, column);
    }
}
