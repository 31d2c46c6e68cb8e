package io.slipway.dsl.cron;

/**
 * Reads one field of a cron line into a bit mask of allowed values, following the term grammar of
 * Jenkins' {@code CrontabParser.g4}:
 * <pre>
 * expr := term (',' term)*
 * term := N '-' N ('/' N)?  |  N  |  '*' ('/' N)?  |  'H' '(' N '-' N ')' ('/' N)?  |  'H' ('/' N)?
 * </pre>
 * and its semantic checks in {@code BaseParser} order. {@code H} draws from the shared {@link CronHash}
 * as it is met, so draws go left to right. Note Jenkins' quirk kept here: {@code H/1} and
 * {@code H(a-b)/1} pick one value, as plain {@code H} does, because 1 is Jenkins' "no step" marker.
 */
final class CronFieldParser {

    private static final int NO_STEP = 1;

    private final String text;
    private final int firstColumn;
    private final CronField field;
    private final CronHash hash;
    private int pos;

    private CronFieldParser(String text, int firstColumn, CronField field, CronHash hash) {
        this.text = text;
        this.firstColumn = firstColumn;
        this.field = field;
        this.hash = hash;
    }

    /**
     * @param text        the field as written, without surrounding blanks
     * @param firstColumn the 1-based column of the field's first character within its line
     */
    static long parse(String text, int firstColumn, CronField field, CronHash hash) throws CronSyntaxError {
        return new CronFieldParser(text, firstColumn, field, hash).expr();
    }

    private long expr() throws CronSyntaxError {
        long bits = term();
        while (peek() == ',') {
            pos++;
            bits |= term();
        }
        if (pos < text.length()) {
            throw unexpected("',' or the end of the " + field.label + " field");
        }
        return bits;
    }

    private long term() throws CronSyntaxError {
        char c = peek();
        if (isDigit(c)) {
            return numberTerm();
        }
        if (c == '*') {
            pos++;
            Number step = optionalStep();
            return range(new Number(field.min, -1), new Number(field.max, -1), step);
        }
        if (c == 'H') {
            pos++;
            return hashTerm();
        }
        String found = "'" + c + "'";
        if (c == '?' || c == 'L' || c == 'W' || c == '#') {
            throw new CronSyntaxError(firstColumn + pos, CronMessages.noQuartzSyntax(found));
        }
        if (Character.isLetter(c) && (field == CronField.MONTH || field == CronField.DAY_OF_WEEK)) {
            throw new CronSyntaxError(firstColumn + pos, CronMessages.noNames(found));
        }
        throw unexpected("a number, '*' or 'H'");
    }

    private long numberTerm() throws CronSyntaxError {
        Number start = number();
        if (peek() != '-') {
            rangeCheck(start);
            return 1L << start.value;
        }
        pos++;
        Number end = number();
        return range(start, end, optionalStep());
    }

    private long hashTerm() throws CronSyntaxError {
        if (peek() != '(') {
            return hash(new Number(field.min, -1), new Number(field.hashMax, -1), optionalStep());
        }
        pos++;
        Number start = number();
        expect('-');
        Number end = number();
        expect(')');
        return hash(start, end, optionalStep());
    }

    private long range(Number start, Number end, Number step) throws CronSyntaxError {
        rangeCheck(start);
        rangeCheck(end);
        if (step.value <= 0) {
            throw new CronSyntaxError(step.column, CronMessages.stepMustBePositive(step.value));
        }
        if (start.value > end.value) {
            throw new CronSyntaxError(start.column, CronMessages.startEndReversed(start.value, end.value));
        }
        long bits = 0;
        for (int i = start.value; i <= end.value; i += step.value) {
            bits |= 1L << i;
        }
        return bits;
    }

    private long hash(Number start, Number end, Number step) throws CronSyntaxError {
        rangeCheck(start);
        rangeCheck(end);
        if (start.value > end.value) {
            throw new CronSyntaxError(start.column, CronMessages.startEndReversed(start.value, end.value));
        }
        int width = end.value - start.value + 1;
        if (step.value > width) {
            throw new CronSyntaxError(step.column, CronMessages.outOfRange(step.value, 1, width));
        }
        if (step.value <= 0) {
            throw new CronSyntaxError(step.column, CronMessages.stepMustBePositive(step.value));
        }
        if (step.value == NO_STEP) {
            return 1L << (start.value + hash.next(width));
        }
        long bits = 0;
        for (int i = start.value + hash.next(step.value); i <= end.value; i += step.value) {
            bits |= 1L << i;
        }
        return bits;
    }

    private void rangeCheck(Number n) throws CronSyntaxError {
        if (n.value < field.min || n.value > field.max) {
            throw new CronSyntaxError(n.column, CronMessages.outOfRange(n.value, field.min, field.max));
        }
    }

    private Number optionalStep() throws CronSyntaxError {
        if (peek() != '/') {
            return new Number(NO_STEP, -1);
        }
        pos++;
        return number();
    }

    private Number number() throws CronSyntaxError {
        int start = pos;
        while (isDigit(peek())) {
            pos++;
        }
        if (start == pos) {
            throw unexpected("a number");
        }
        String digits = text.substring(start, pos);
        int column = firstColumn + start;
        try {
            return new Number(Integer.parseInt(digits), column);
        } catch (NumberFormatException e) {
            throw new CronSyntaxError(column, CronMessages.numberTooLarge(digits));
        }
    }

    private void expect(char c) throws CronSyntaxError {
        if (peek() != c) {
            throw unexpected("'" + c + "'");
        }
        pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private CronSyntaxError unexpected(String expected) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "end of the " + field.label + " field";
        return new CronSyntaxError(firstColumn + pos, CronMessages.unexpected(found, expected));
    }

    /** A number as written and the column it starts at; column -1 for implied values. */
    private record Number(int value, int column) {
    }
}
