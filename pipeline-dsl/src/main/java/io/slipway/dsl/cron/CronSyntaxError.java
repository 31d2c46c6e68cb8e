package io.slipway.dsl.cron;

/**
 * Stops parsing one field or line at its first problem; {@link CronLineParser} turns it into a
 * {@link CronProblem}. Never leaves this package.
 */
final class CronSyntaxError extends Exception {

    final int column;

    CronSyntaxError(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }
}
