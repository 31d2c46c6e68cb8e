package io.slipway.dsl.parse;

/**
 * One lexical token: its kind, the text as written, the decoded value of a literal ({@link String},
 * {@link Number} or {@link LexedGString}) and the 1-based place of its first character.
 */
record Token(TokenKind kind, String text, Object value, int line, int column) {

    boolean is(TokenKind k) {
        return kind == k;
    }

    boolean isKeyword(String word) {
        return kind == TokenKind.KEYWORD && text.equals(word);
    }

    /** An identifier or a keyword: what may follow a dot or stand before a colon as a name. */
    boolean isWord() {
        return kind == TokenKind.IDENT || kind == TokenKind.KEYWORD;
    }

    /** Whether {@code next} starts right after this token on the same line, with nothing between. */
    boolean touches(Token next) {
        return next.line == line && next.column == column + text.length();
    }

    /** How a message names this token: {@code ')'}, {@code end of file}, {@code string 'x'}. */
    String describe() {
        return switch (kind) {
            case EOF -> text.isEmpty() ? "end of file" : "'" + text + "'";
            case NEWLINE -> "end of line";
            case STRING, GSTRING -> "string literal";
            default -> "'" + text + "'";
        };
    }
}
