package io.slipway.dsl.parse;

/**
 * The characters of a file with a cursor that knows its 1-based line and column. Line endings are
 * normalised to {@code \n} up front so that every scanner sees one kind, and a byte order mark is
 * dropped; a tab counts as one column.
 */
final class CharSource {

    static final char END = '\0';

    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    CharSource(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.text = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : END;
    }

    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : END;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    char advance() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    void advance(int count) {
        for (int i = 0; i < count && !atEnd(); i++) {
            advance();
        }
    }

    int offset() {
        return pos;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }
}
