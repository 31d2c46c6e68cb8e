package io.slipway.gateway.plugin.ratelimit;

import io.netty.util.AsciiString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Kong's rate-limiting periods, as fixed windows aligned to UTC: seconds, minutes, hours and days
 * by epoch arithmetic; months and years on calendar boundaries.
 */
public enum RateLimitPeriod {
    SECOND("second", "Second", 1_000L),
    MINUTE("minute", "Minute", 60_000L),
    HOUR("hour", "Hour", 3_600_000L),
    DAY("day", "Day", 86_400_000L),
    MONTH("month", "Month", 0),
    YEAR("year", "Year", 0);

    private final String field;
    private final AsciiString limitHeader;
    private final AsciiString remainingHeader;
    private final long length;
    private volatile long[] calendarWindow = {0, 0};

    RateLimitPeriod(String field, String title, long length) {
        this.field = field;
        this.limitHeader = AsciiString.cached("X-RateLimit-Limit-" + title);
        this.remainingHeader = AsciiString.cached("X-RateLimit-Remaining-" + title);
        this.length = length;
    }

    /** The configuration field that holds this period's limit. */
    public String field() {
        return field;
    }

    AsciiString limitHeader() {
        return limitHeader;
    }

    AsciiString remainingHeader() {
        return remainingHeader;
    }

    /** The start of the window holding {@code now} (epoch millis). */
    long windowStart(long now) {
        return length > 0 ? now - Math.floorMod(now, length) : calendar(now)[0];
    }

    /** The end (exclusive) of the window holding {@code now}. */
    long windowEnd(long now) {
        return length > 0 ? windowStart(now) + length : calendar(now)[1];
    }

    private long[] calendar(long now) {
        long[] window = calendarWindow;
        if (now >= window[0] && now < window[1]) {
            return window;
        }
        LocalDate day = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = this == MONTH ? day.withDayOfMonth(1) : day.withDayOfYear(1);
        LocalDate end = this == MONTH ? start.plusMonths(1) : start.plusYears(1);
        long[] computed = {start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                end.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()};
        calendarWindow = computed;
        return computed;
    }
}
