package io.slipway.dsl.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads a Groovy number literal: decimal, hex ({@code 0x}), binary ({@code 0b}) and octal (leading
 * {@code 0}) integers, decimals with fraction and exponent, underscores between digits, and the
 * suffixes {@code L}, {@code I}, {@code G}, {@code D} and {@code F}. Integers without a suffix take the
 * smallest of Integer, Long and BigInteger that holds them, as in Groovy; decimals are BigDecimal.
 */
final class NumberScanner {

    private NumberScanner() {
    }

    static Token scan(CharSource src, ParseReporter reporter) {
        int line = src.line();
        int column = src.column();
        int start = src.offset();
        int radix = 10;
        if (src.peek() == '0' && (src.peek(1) == 'x' || src.peek(1) == 'X')) {
            radix = 16;
            src.advance(2);
        } else if (src.peek() == '0' && (src.peek(1) == 'b' || src.peek(1) == 'B')) {
            radix = 2;
            src.advance(2);
        }
        int digitsStart = src.offset();
        digits(src, radix);
        boolean decimal = false;
        if (radix == 10 && src.peek() == '.' && Character.isDigit(src.peek(1))) {
            decimal = true;
            src.advance();
            digits(src, 10);
        }
        if (radix == 10 && (src.peek() == 'e' || src.peek() == 'E') && exponentFollows(src)) {
            decimal = true;
            src.advance();
            if (src.peek() == '+' || src.peek() == '-') {
                src.advance();
            }
            digits(src, 10);
        }
        String body = src.slice(digitsStart, src.offset()).replace("_", "");
        char suffix = Character.toUpperCase(src.peek());
        boolean hasSuffix = "LIGDF".indexOf(suffix) >= 0 && suffix != CharSource.END;
        if (hasSuffix) {
            src.advance();
        }
        boolean junk = false;
        while (Character.isJavaIdentifierPart(src.peek()) && !src.atEnd()) {
            src.advance();
            junk = true;
        }
        String text = src.slice(start, src.offset());
        Object value = junk ? null : value(body, radix, decimal, hasSuffix ? suffix : ' ');
        if (value == null) {
            reporter.error(line, column, ParseMessages.invalidNumber(text), null);
            value = 0;
        }
        return new Token(TokenKind.NUMBER, text, value, line, column);
    }

    private static void digits(CharSource src, int radix) {
        while (Character.digit(src.peek(), radix) >= 0 || (src.peek() == '_' && Character.digit(src.peek(1), radix) >= 0)) {
            src.advance();
        }
    }

    private static boolean exponentFollows(CharSource src) {
        char next = src.peek(1);
        return Character.isDigit(next) || ((next == '+' || next == '-') && Character.isDigit(src.peek(2)));
    }

    private static Object value(String body, int radix, boolean decimal, char suffix) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            if (decimal || suffix == 'D' || suffix == 'F' || (suffix == 'G' && body.contains("."))) {
                return radix == 10 ? new BigDecimal(body) : null;
            }
            if (radix == 10 && body.length() > 1 && body.charAt(0) == '0') {
                radix = 8;
            }
            BigInteger n = new BigInteger(body, radix);
            return switch (suffix) {
                case 'L' -> n.bitLength() < 64 ? (Object) n.longValue() : null;
                case 'I' -> n.bitLength() < 32 ? (Object) n.intValue() : null;
                case 'G' -> n;
                default -> n.bitLength() < 32 ? (Object) n.intValue()
                        : n.bitLength() < 64 ? (Object) n.longValue() : n;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
