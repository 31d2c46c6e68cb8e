package io.slipway.dsl.cron;

import java.util.Objects;

/**
 * An error or warning about a cron spec. {@code line} is 1-based within the spec text (blank, comment
 * and {@code TZ=} lines count), {@code column} is 1-based within that line as written (before trimming).
 *
 * @param line    1-based line within the spec
 * @param column  1-based column within the line
 * @param message what is wrong, in the spirit of Jenkins' own wording (see {@link CronMessages})
 */
public record CronProblem(int line, int column, String message) {

    public CronProblem {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        Objects.requireNonNull(message, "message");
    }

    /** {@code line L:C: message}, the form the {@code cron} command prints. */
    public String format() {
        return "line " + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
