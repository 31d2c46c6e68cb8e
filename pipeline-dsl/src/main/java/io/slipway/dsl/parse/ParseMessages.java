package io.slipway.dsl.parse;

/**
 * Every message and hint the lexer and parser report, in one place so that code and tests use the
 * same words. Messages name the token or construct found; hints say what to write instead.
 */
public final class ParseMessages {

    private ParseMessages() {
    }

    public static final String UNTERMINATED_STRING = "unterminated string literal";
    public static final String UNTERMINATED_BLOCK_COMMENT = "unterminated block comment";
    public static final String UNESCAPED_DOLLAR = "unescaped '$' in an interpolated string";
    public static final String COMMAND_CHAIN = "command chains (a b c d) are not supported";
    public static final String EXPECTED_EXPRESSION = "expected an expression";

    public static String unterminatedStringHint(String quote) {
        return switch (quote) {
            case "'''", "\"\"\"" -> "close it with " + quote;
            case "/" -> "close the slashy string with '/' (or write ' / ' with spaces for a division)";
            case "$/" -> "close the dollar-slashy string with '/$'";
            default -> "close it with " + quote + " on the same line, or use " + quote.repeat(3)
                    + " for a string of several lines";
        };
    }

    public static String unterminatedCommentHint() {
        return "close the comment with */";
    }

    public static String invalidEscape(String sequence) {
        return "invalid escape sequence '" + sequence + "'";
    }

    public static String invalidEscapeHint() {
        return "valid escapes are \\b \\t \\n \\f \\r \\s \\\\ \\' \\\" \\$ and \\uXXXX; write \\\\ for a backslash";
    }

    public static String unescapedDollarHint() {
        return "write \\$ for a literal dollar sign, or ${...} to insert a value";
    }

    public static String invalidNumber(String text) {
        return "invalid number '" + text + "'";
    }

    public static String unexpectedCharacter(char c) {
        return "unexpected character '" + c + "'";
    }

    public static String unexpected(String found) {
        return "unexpected " + found;
    }

    public static String unexpectedHint() {
        return "statements are separated by a newline or ';'";
    }

    public static String expected(String what, String found) {
        return "expected " + what + ", found " + found;
    }

    public static String expectedToClose(String close, String open, int line, int column) {
        return "expected '" + close + "' to close '" + open + "' at " + line + ":" + column;
    }

    public static String unclosedBlockHint(int openLine, int openColumn, int closeLine, int closeColumn) {
        return "the '{' at " + openLine + ":" + openColumn + " may be the one left open: the '}' at " + closeLine + ":"
                + closeColumn + " that closes it is indented less than the line that opens it";
    }

    public static String topLevelOnly(String what) {
        return what + " is only allowed at the top level of the script";
    }

    public static String commandChainHint() {
        return "is a ',' missing between two arguments? Otherwise use parentheses, e.g. foo(a).bar(b),"
                + " or split it into two statements";
    }

    public static String blockAfterCommand(String name) {
        return "unexpected '{' after the arguments of '" + name + "'";
    }

    public static String blockAfterCommandHint(String name) {
        return "a call with arguments and a block needs parentheses: " + name + "(...) { ... }";
    }

    public static String unsupported(String construct) {
        return construct + " is not supported";
    }

    public static String cannotAssign() {
        return "invalid assignment target";
    }

    public static String cannotAssignHint() {
        return "only a variable, a property (env.X) or an index (x[0]) can be assigned";
    }

    public static String interpolationHint() {
        return "a ${...} holds one expression";
    }

    public static String tooComplex() {
        return "this file could not be read: it is nested too deeply or is not Groovy";
    }

    public static String tooComplexHint() {
        return "check the brackets near the first error above, or split the deepest expressions";
    }
}
