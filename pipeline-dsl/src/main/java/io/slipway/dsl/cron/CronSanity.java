package io.slipway.dsl.cron;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warnings of Jenkins' {@code CronTab.checkSanity} for one line, first applicable one only, in its
 * order: a finer field left wide open under a restricted coarser one ("every minute"), short
 * day-of-month cycles, and a fixed minute that {@code H} would spread ({@code hashify}). Jenkins reads
 * the line's text (an alias line as its expansion), so the suggestions are built from that text.
 */
final class CronSanity {

    private static final Pattern QUARTERS = Pattern.compile("0(,(\\d+)(,\\d+)*)( .+)");

    private CronSanity() {
    }

    static Optional<String> check(CronLine line) {
        String spec = line.text();
        long[] masks = {line.minutes(), line.hours(), line.daysOfMonth(), line.months(), line.daysOfWeek()};
        CronField[] fields = CronField.values();
        for (int i = 0; i < fields.length; i++) {
            if (!isFull(masks[i], fields[i])) {
                if (i > 0) {
                    // Jenkins' day-of-week range is 0-7 while 7 is folded onto 0, so this field is never
                    // full: "* * * * *" warns here too
                    return Optional.of(CronMessages.everyMinute(spec, "H " + spec.substring(spec.indexOf(' ') + 1)));
                }
                break;
            }
        }
        int daysOfMonth = Long.bitCount(line.daysOfMonth() & CronField.DAY_OF_MONTH.all() & ~(1L << 31));
        if (daysOfMonth > 5 && daysOfMonth < 28) {
            return Optional.of(CronMessages.shortDayOfMonthCycles());
        }
        return hashify(spec).map(hashed -> CronMessages.spreadLoad(hashed, spec));
    }

    /** A similar spec using {@code H}, when the spec would benefit from one (Jenkins' {@code hashify}). */
    static Optional<String> hashify(String spec) {
        if (spec.contains("H")) {
            return Optional.empty(); // whoever already uses H knows it
        }
        if (spec.startsWith("*/")) {
            return Optional.of("H" + spec.substring(1));
        }
        if (spec.matches("\\d+ .+")) {
            return Optional.of("H " + spec.substring(spec.indexOf(' ') + 1));
        }
        Matcher m = QUARTERS.matcher(spec);
        if (m.matches()) {
            int period = Integer.parseInt(m.group(2));
            if (period > 0) {
                StringBuilder evenSteps = new StringBuilder();
                for (int i = period; i < 60; i += period) {
                    evenSteps.append(',').append(i);
                }
                if (evenSteps.toString().equals(m.group(1))) {
                    return Optional.of("H/" + period + m.group(4));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isFull(long mask, CronField field) {
        return (mask & field.all()) == field.all();
    }
}
