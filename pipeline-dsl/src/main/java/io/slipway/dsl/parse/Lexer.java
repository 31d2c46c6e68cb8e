package io.slipway.dsl.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns Groovy source into tokens. Newlines are tokens because they end statements, except inside
 * parentheses and square brackets, where Groovy lets an expression run over several lines. A slash
 * starts a slashy string only where an expression may begin, and is a division elsewhere.
 * <p>
 * A nested lexer reads the expression inside a string's {@code ${...}} from the same characters and
 * stops at the brace that closes it.
 */
final class Lexer {

    static final Set<String> KEYWORDS = Set.of("abstract", "as", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "def", "default", "do", "double", "else", "enum",
            "extends", "false", "final", "finally", "float", "for", "goto", "if", "implements", "import", "in",
            "instanceof", "int", "interface", "long", "native", "new", "null", "package", "private", "protected",
            "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "threadsafe", "throw", "throws", "transient", "true", "try", "void", "volatile", "while");

    private static final Set<String> VALUE_KEYWORDS = Set.of("this", "super", "true", "false", "null");

    /** Operators by their first character, longest first, so that {@code ==~} wins over {@code ==}. */
    private static final Map<Character, List<TokenKind>> OPERATORS = Arrays.stream(TokenKind.values())
            .filter(k -> k.symbol() != null && k != TokenKind.NOT_IN && k != TokenKind.NOT_INSTANCEOF)
            .sorted(Comparator.comparingInt((TokenKind k) -> k.symbol().length()).reversed())
            .collect(Collectors.groupingBy(k -> k.symbol().charAt(0), Collectors.toList()));

    private final CharSource src;
    private final ParseReporter reporter;
    private final boolean nested;
    private final boolean stopAtNewline;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Character> brackets = new ArrayDeque<>();
    private boolean closed;

    private Lexer(CharSource src, ParseReporter reporter, boolean nested, boolean stopAtNewline) {
        this.src = src;
        this.reporter = reporter;
        this.nested = nested;
        this.stopAtNewline = stopAtNewline;
    }

    /** All tokens of a file, ending with {@link TokenKind#EOF}. */
    static List<Token> tokenize(String text, ParseReporter reporter) {
        return new Lexer(new CharSource(text), reporter, false, false).run();
    }

    /**
     * The tokens of one {@code ${...}} whose opening has just been consumed, ending with EOF at the closing
     * brace, or {@code null} when the brace is missing (the characters up to where it gave up are consumed).
     */
    static List<Token> interpolation(CharSource src, ParseReporter reporter, boolean singleLine) {
        Lexer sub = new Lexer(src, reporter, true, singleLine);
        List<Token> result = sub.run();
        return sub.closed ? result : null;
    }

    private List<Token> run() {
        if (!nested && src.startsWith("#!")) {
            skipToEndOfLine();
        }
        while (true) {
            skipBlanks();
            if (src.atEnd()) {
                break;
            }
            char c = src.peek();
            if (c == '\n') {
                if (nested && stopAtNewline && brackets.isEmpty()) {
                    break;
                }
                newline();
                continue;
            }
            if (nested && c == '}' && brackets.isEmpty()) {
                closed = true;
                tokens.add(new Token(TokenKind.EOF, "}", null, src.line(), src.column()));
                src.advance();
                return tokens;
            }
            scanToken(c);
        }
        tokens.add(new Token(TokenKind.EOF, "", null, src.line(), src.column()));
        return tokens;
    }

    private void newline() {
        int line = src.line();
        int column = src.column();
        src.advance();
        Character top = brackets.peek();
        boolean insideExpression = top != null && (top == '(' || top == '[');
        if (!insideExpression && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).is(TokenKind.NEWLINE)) {
            tokens.add(new Token(TokenKind.NEWLINE, "\n", null, line, column));
        }
    }

    private void skipBlanks() {
        while (!src.atEnd()) {
            char c = src.peek();
            if (c == ' ' || c == '\t' || c == '\f') {
                src.advance();
            } else if (c == '\\' && src.peek(1) == '\n') {
                src.advance(2);
            } else if (c == '/' && src.peek(1) == '/') {
                skipToEndOfLine();
            } else if (c == '/' && src.peek(1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipToEndOfLine() {
        while (!src.atEnd() && src.peek() != '\n') {
            src.advance();
        }
    }

    private void skipBlockComment() {
        int line = src.line();
        int column = src.column();
        src.advance(2);
        while (!src.atEnd()) {
            if (src.peek() == '*' && src.peek(1) == '/') {
                src.advance(2);
                return;
            }
            src.advance();
        }
        reporter.error(line, column, ParseMessages.UNTERMINATED_BLOCK_COMMENT, ParseMessages.unterminatedCommentHint());
    }

    private void scanToken(char c) {
        if (c == '$' && src.peek(1) == '/') {
            add(StringScanner.scan(src, reporter));
        } else if (Character.isJavaIdentifierStart(c)) {
            scanWord();
        } else if (c >= '0' && c <= '9') {
            add(NumberScanner.scan(src, reporter));
        } else if (c == '\'' || c == '"' || (c == '/' && slashyAllowed())) {
            add(StringScanner.scan(src, reporter));
        } else {
            scanOperator(c);
        }
    }

    private void scanWord() {
        int line = src.line();
        int column = src.column();
        int start = src.offset();
        while (!src.atEnd() && Character.isJavaIdentifierPart(src.peek())) {
            src.advance();
        }
        String word = src.slice(start, src.offset());
        add(new Token(KEYWORDS.contains(word) ? TokenKind.KEYWORD : TokenKind.IDENT, word, null, line, column));
    }

    private void scanOperator(char c) {
        int line = src.line();
        int column = src.column();
        TokenKind kind = c == '!' ? negatedWord() : null;
        if (kind == null) {
            for (TokenKind op : OPERATORS.getOrDefault(c, List.of())) {
                if (src.startsWith(op.symbol())) {
                    kind = op;
                    break;
                }
            }
        }
        if (kind == null) {
            src.advance();
            reporter.error(line, column, ParseMessages.unexpectedCharacter(c), null);
            add(new Token(TokenKind.ERROR, String.valueOf(c), null, line, column));
            return;
        }
        src.advance(kind.symbol().length());
        trackBracket(kind);
        add(new Token(kind, kind.symbol(), null, line, column));
    }

    /** {@code !in} and {@code !instanceof}, but not {@code !inside}. */
    private TokenKind negatedWord() {
        for (TokenKind kind : List.of(TokenKind.NOT_INSTANCEOF, TokenKind.NOT_IN)) {
            String symbol = kind.symbol();
            if (src.startsWith(symbol) && !Character.isJavaIdentifierPart(src.peek(symbol.length()))) {
                return kind;
            }
        }
        return null;
    }

    private void trackBracket(TokenKind kind) {
        switch (kind) {
            case LPAREN -> brackets.push('(');
            case LBRACKET, SAFE_INDEX -> brackets.push('[');
            case LBRACE -> brackets.push('{');
            case RPAREN -> close('(');
            case RBRACKET -> close('[');
            case RBRACE -> close('{');
            default -> {
            }
        }
    }

    private void close(char open) {
        if (brackets.contains(open)) {
            while (!brackets.isEmpty() && brackets.pop() != open) {
                // unwinds brackets left open inside this pair; the parser reports them
            }
        }
    }

    private boolean slashyAllowed() {
        return tokens.isEmpty() || !endsValue(tokens.get(tokens.size() - 1));
    }

    private static boolean endsValue(Token t) {
        return switch (t.kind()) {
            case IDENT, NUMBER, STRING, GSTRING, RPAREN, RBRACKET, RBRACE, INC, DEC -> true;
            case KEYWORD -> VALUE_KEYWORDS.contains(t.text());
            default -> false;
        };
    }

    private void add(Token token) {
        tokens.add(token);
    }
}
