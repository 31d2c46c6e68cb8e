package io.slipway.dsl.cron;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one non-blank, non-comment line of a spec into a {@link CronLine}: five blank-separated fields
 * (blanks are spaces and tabs, as in Jenkins' lexer) or one alias. The line is trimmed as Jenkins trims
 * it, but columns in errors count from the start of the line as written.
 */
final class CronLineParser {

    private CronLineParser() {
    }

    static CronLine parse(String rawLine, int lineNumber, CronHash hash, ZoneId zone) throws CronSyntaxError {
        int offset = leadingBlanks(rawLine);
        String text = rawLine.trim();
        if (text.startsWith("@")) {
            return alias(text, offset + 1, lineNumber, hash, zone);
        }
        return fields(text, offset + 1, lineNumber, hash, zone);
    }

    private static CronLine alias(String text, int column, int lineNumber, CronHash hash, ZoneId zone)
            throws CronSyntaxError {
        int end = 1;
        while (end < text.length() && !isBlank(text.charAt(end))) {
            end++;
        }
        String word = text.substring(1, end);
        String written = text.substring(0, end);
        CronAlias alias = CronAlias.of(word).orElseThrow(
                () -> new CronSyntaxError(column, CronMessages.unknownAlias(written)));
        if (end < text.length()) {
            int extra = end + leadingBlanks(text.substring(end));
            throw new CronSyntaxError(column + extra, CronMessages.textAfterAlias("@" + word));
        }
        // Jenkins re-parses the expansion with the same hash, so its draws continue the spec's sequence
        return fields(alias.expansion, column, lineNumber, hash, zone);
    }

    private static CronLine fields(String text, int column, int lineNumber, CronHash hash, ZoneId zone)
            throws CronSyntaxError {
        List<int[]> spans = split(text);
        for (int[] span : spans) {
            if (text.charAt(span[0]) == '#') {
                throw new CronSyntaxError(column + span[0], CronMessages.commentNotAlone());
            }
        }
        CronField[] fields = CronField.values();
        if (spans.size() != fields.length) {
            int at = spans.size() > fields.length ? spans.get(fields.length)[0] : text.length();
            throw new CronSyntaxError(column + at, CronMessages.fieldCount(spans.size()));
        }
        long[] bits = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            int[] span = spans.get(i);
            bits[i] = CronFieldParser.parse(text.substring(span[0], span[1]), column + span[0], fields[i], hash);
        }
        long daysOfWeek = bits[4];
        if (CronLine.has(daysOfWeek, 7)) {
            daysOfWeek = (daysOfWeek | 1L) & ~(1L << 7);
        }
        return new CronLine(lineNumber, text, bits[0], bits[1], bits[2], bits[3], daysOfWeek, zone);
    }

    /** Start (inclusive) and end (exclusive) of each blank-separated field. */
    private static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
