package io.slipway.dsl.validate;

/**
 * The cron and expression checks this build provides. They are placeholders that accept everything until the
 * Jenkins cron parser and the expression checker of this module are wired in here.
 */
final class StandardChecks {

    private StandardChecks() {
    }

    static CronCheck cron() {
        return CronCheck.acceptAll();
    }

    static ExpressionCheck expressions() {
        return ExpressionCheck.acceptAll();
    }
}
