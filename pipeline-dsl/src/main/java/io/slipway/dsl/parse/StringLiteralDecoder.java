package io.slipway.dsl.parse;

/**
 * Decodes one backslash escape of a quoted Groovy string: {@code \b \t \n \f \r \s \\ \' \" \$},
 * octal {@code \0}-{@code \377}, {@code \}{@code uXXXX}, and a backslash before a line break, which
 * joins the two lines.
 */
final class StringLiteralDecoder {

    private StringLiteralDecoder() {
    }

    /** Consumes the escape at the cursor (which is on the backslash) and appends what it stands for. */
    static void decodeEscape(CharSource src, StringBuilder out, ParseReporter reporter) {
        int line = src.line();
        int column = src.column();
        src.advance();
        char c = src.peek();
        switch (c) {
            case 'b' -> simple(src, out, '\b');
            case 't' -> simple(src, out, '\t');
            case 'n' -> simple(src, out, '\n');
            case 'f' -> simple(src, out, '\f');
            case 'r' -> simple(src, out, '\r');
            case 's' -> simple(src, out, ' ');
            case '\\', '\'', '"', '$' -> simple(src, out, c);
            case '\n' -> src.advance();
            case 'u' -> unicode(src, out, reporter, line, column);
            case CharSource.END -> out.append('\\');
            default -> {
                if (c >= '0' && c <= '7') {
                    octal(src, out);
                } else {
                    reporter.error(line, column, ParseMessages.invalidEscape("\\" + c), ParseMessages.invalidEscapeHint());
                    simple(src, out, c);
                }
            }
        }
    }

    private static void simple(CharSource src, StringBuilder out, char c) {
        src.advance();
        out.append(c);
    }

    private static void unicode(CharSource src, StringBuilder out, ParseReporter reporter, int line, int column) {
        while (src.peek() == 'u') {
            src.advance();
        }
        int value = 0;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(src.peek(), 16);
            if (digit < 0) {
                reporter.error(line, column, ParseMessages.invalidEscape("\\u" + digits), ParseMessages.invalidEscapeHint());
                return;
            }
            digits.append(src.advance());
            value = value * 16 + digit;
        }
        out.append((char) value);
    }

    private static void octal(CharSource src, StringBuilder out) {
        int max = src.peek() <= '3' ? 3 : 2;
        int value = 0;
        for (int i = 0; i < max && src.peek() >= '0' && src.peek() <= '7'; i++) {
            value = value * 8 + (src.advance() - '0');
        }
        out.append((char) value);
    }
}
