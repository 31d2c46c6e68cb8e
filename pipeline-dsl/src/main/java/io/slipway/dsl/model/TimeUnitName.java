package io.slipway.dsl.model;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The units {@code timeout(unit: ...)} accepts, as Java's {@code TimeUnit} names them. */
public enum TimeUnitName {
    NANOSECONDS(ChronoUnit.NANOS), MICROSECONDS(ChronoUnit.MICROS), MILLISECONDS(ChronoUnit.MILLIS),
    SECONDS(ChronoUnit.SECONDS), MINUTES(ChronoUnit.MINUTES), HOURS(ChronoUnit.HOURS), DAYS(ChronoUnit.DAYS);

    private final ChronoUnit chronoUnit;

    TimeUnitName(ChronoUnit chronoUnit) {
        this.chronoUnit = chronoUnit;
    }

    public ChronoUnit chronoUnit() {
        return chronoUnit;
    }

    /** @throws IllegalArgumentException naming the allowed units */
    public static TimeUnitName parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown time unit '" + text + "' (allowed: " + allowed() + ")"));
    }

    public static Optional<TimeUnitName> find(String text) {
        return Arrays.stream(values()).filter(u -> u.name().equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
