package io.slipway.dsl.parse;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/**
 * The parser's cursor over a token list, with the error helpers every sub-parser shares. Reporting an
 * error returns a {@link ParseFailure} for the caller to throw.
 */
final class TokenStream {

    private final List<Token> tokens;
    private final ParseReporter reporter;
    private final int[] lineIndent;
    private int index;

    TokenStream(List<Token> tokens, ParseReporter reporter) {
        this.tokens = tokens;
        this.reporter = reporter;
        this.lineIndent = new int[tokens.get(tokens.size() - 1).line() + 2];
        for (Token t : tokens) {
            if (t.line() < lineIndent.length && lineIndent[t.line()] == 0) {
                lineIndent[t.line()] = t.column();
            }
        }
    }

    /** The column of the first token on {@code line}: how far the line is indented. */
    int indentOf(int line) {
        return line > 0 && line < lineIndent.length && lineIndent[line] > 0 ? lineIndent[line] : 1;
    }

    ParseReporter reporter() {
        return reporter;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token tokenAt(int absolute) {
        return tokens.get(Math.min(absolute, tokens.size() - 1));
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean atKeyword(String word) {
        return peek().isKeyword(word);
    }

    boolean accept(TokenKind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String word) {
        if (atKeyword(word)) {
            next();
            return true;
        }
        return false;
    }

    void skipNewlines() {
        while (at(TokenKind.NEWLINE)) {
            next();
        }
    }

    /**
     * Skips the newlines after an operator or {@code =}, where the operand may follow on the next line;
     * when the block ends there instead, the operand is reported missing at the end of the line.
     */
    void skipNewlinesBeforeOperand() {
        if (at(TokenKind.NEWLINE)) {
            switch (peekPastNewlines().kind()) {
                case RBRACE, RPAREN, RBRACKET, EOF -> throw fail(peek(), ParseMessages.expected("an expression", "end of line"), null);
                default -> skipNewlines();
            }
        }
    }

    /** The kind of the first token from here that is not a newline. */
    Token peekPastNewlines() {
        int i = index;
        while (tokens.get(i).is(TokenKind.NEWLINE) && i < tokens.size() - 1) {
            i++;
        }
        return tokens.get(i);
    }

    SourcePos pos(Token t) {
        return reporter.pos(t);
    }

    Token expect(TokenKind kind, String what) {
        if (at(kind)) {
            return next();
        }
        throw fail(peek(), ParseMessages.expected(what, peek().describe()), null);
    }

    /** Consumes the bracket that closes {@code open}, or reports which bracket was left open. */
    Token expectClosing(TokenKind close, Token open) {
        if (at(close)) {
            return next();
        }
        Token at = peek();
        throw fail(at, ParseMessages.expectedToClose(close.symbol(), open.text(), open.line(), open.column()), null);
    }

    ParseFailure fail(Token at, String message, String hint) {
        reporter.error(at, message, hint);
        return new ParseFailure();
    }

    /** Reports an error and goes on parsing, for constructs that are read but not supported. */
    void report(Token at, String message, String hint) {
        reporter.error(at, message, hint);
    }
}
