package io.slipway.dsl.cron;

/**
 * The five fields of a cron line, in order, with the bounds Jenkins' {@code BaseParser} checks and the
 * upper bound a plain {@code H} (or {@code H/n}) draws from: 28 in day-of-month, so that every month has
 * the day, and 6 in day-of-week, because 0 and 7 are both Sunday.
 */
enum CronField {
    MINUTE("minute", 0, 59, 59),
    HOUR("hour", 0, 23, 23),
    DAY_OF_MONTH("day-of-month", 1, 31, 28),
    MONTH("month", 1, 12, 12),
    DAY_OF_WEEK("day-of-week", 0, 7, 6);

    final String label;
    final int min;
    final int max;
    final int hashMax;

    CronField(String label, int min, int max, int hashMax) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.hashMax = hashMax;
    }

    /** Every value of the field, as a bit mask. */
    long all() {
        return (-1L >>> (63 - max)) & (-1L << min);
    }
}
