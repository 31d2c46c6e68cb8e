package io.slipway.agent.builtin;

import io.slipway.agent.step.StepFailure;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** Reads the {@code unit} argument of {@code timeout} and {@code sleep} (Java's TimeUnit names). */
final class TimeUnits {

    private TimeUnits() {
    }

    static Duration duration(long amount, String unit, String location) {
        ChronoUnit chrono = switch (unit.toUpperCase()) {
            case "NANOSECONDS" -> ChronoUnit.NANOS;
            case "MICROSECONDS" -> ChronoUnit.MICROS;
            case "MILLISECONDS" -> ChronoUnit.MILLIS;
            case "SECONDS" -> ChronoUnit.SECONDS;
            case "MINUTES" -> ChronoUnit.MINUTES;
            case "HOURS" -> ChronoUnit.HOURS;
            case "DAYS" -> ChronoUnit.DAYS;
            default -> throw new StepFailure(location + ": unknown unit '" + unit
                    + "' (allowed: NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS)");
        };
        return Duration.of(amount, chrono);
    }
}
