package io.slipway.dsl.cron;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One expanded line of a spec: a bit mask of allowed values per field (bit {@code n} set when value
 * {@code n} is allowed; day-of-week 7 already folded onto 0, Sunday) and the zone its fields are read in.
 * A minute matches when all five fields match its wall-clock time in that zone: Jenkins requires
 * day-of-month AND day-of-week to match, unlike Vixie cron's OR.
 *
 * @param line        1-based line number within the spec
 * @param text        the line as Jenkins sees it (trimmed; an alias line is its expansion, e.g. {@code H H * * *})
 * @param minutes     allowed minutes 0-59
 * @param hours       allowed hours 0-23
 * @param daysOfMonth allowed days 1-31
 * @param months      allowed months 1-12
 * @param daysOfWeek  allowed days of week 0-6, 0 = Sunday
 * @param zone        the {@code TZ=} zone, or {@code null} when the line follows the caller's default zone
 */
public record CronLine(int line, String text, long minutes, long hours, long daysOfMonth, long months,
                       long daysOfWeek, ZoneId zone) {

    public CronLine {
        Objects.requireNonNull(text, "text");
        if ((daysOfWeek & ~0x7FL) != 0) {
            throw new IllegalArgumentException("day-of-week 7 must be folded onto 0 before a line is built");
        }
    }

    /** The zone this line's fields are read in: its {@code TZ=} zone, else {@code defaultZone}. */
    public ZoneId zoneOr(ZoneId defaultZone) {
        return zone != null ? zone : defaultZone;
    }

    /** Whether the day matches month, day-of-month and day-of-week (all three). */
    boolean matchesDate(LocalDate date) {
        return has(months, date.getMonthValue())
                && has(daysOfMonth, date.getDayOfMonth())
                && has(daysOfWeek, cronDayOfWeek(date.getDayOfWeek()));
    }

    /** Whether this wall-clock minute matches all five fields. */
    public boolean matches(LocalDateTime time) {
        return matchesDate(time.toLocalDate()) && has(hours, time.getHour()) && has(minutes, time.getMinute());
    }

    static boolean has(long bits, int value) {
        return (bits & (1L << value)) != 0;
    }

    static int cronDayOfWeek(DayOfWeek day) {
        return day.getValue() % 7;
    }
}
