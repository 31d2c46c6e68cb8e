package io.slipway.dsl.validate;

import java.util.List;

/**
 * Checks the spec of a {@code cron}/{@code pollSCM} trigger. Each problem has a 1-based line and column
 * inside the spec text, which the validator maps to the place of the string literal in the Jenkinsfile.
 */
@FunctionalInterface
public interface CronCheck {

    List<Problem> check(String spec);

    /** A problem inside a cron spec; {@code warning} problems do not make the pipeline invalid. */
    record Problem(int line, int column, String message, boolean warning) {}

    /** Accepts every spec: for when no cron parser is available. */
    static CronCheck acceptAll() {
        return spec -> List.of();
    }
}
