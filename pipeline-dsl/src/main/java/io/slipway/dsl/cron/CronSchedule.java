package io.slipway.dsl.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed, expanded Jenkins cron spec: the lines that fire (any matching line fires) and the zone of a
 * leading {@code TZ=} line. Immutable and thread-safe.
 *
 * <p>Fire times are Jenkins' own: Jenkins checks every minute and fires when that minute's wall-clock
 * time, in the line's zone, matches all five fields (day-of-month AND day-of-week). Times are whole
 * minutes; {@code next} and {@code previous} are inclusive of {@code from}'s minute.
 *
 * <p>Why not cron-utils' {@code ExecutionTime} for next and previous: with a definition matching
 * Jenkins' fields and {@code matchDayOfWeekAndDayOfMonth()} it agrees with this class on every
 * schedule away from daylight-saving changes (a test compares them), but across a fall-back overlap its
 * {@code nextExecution} skips the repeated wall-clock time for a fixed hour ({@code 30 2 * * *} in
 * Europe/Berlin on 2026-10-25 yields 02:30+02:00 but not 02:30+01:00) while {@code lastExecution}
 * yields both; Jenkins fires at both. Working over the expanded bit masks gives Jenkins' answer in
 * every zone, and the search is a few dozen lines ({@link FireTimeSearch}).
 */
public final class CronSchedule {

    private final List<CronLine> lines;
    private final ZoneId zone;

    CronSchedule(List<CronLine> lines, ZoneId zone) {
        this.lines = List.copyOf(lines);
        this.zone = zone;
    }

    /** The expanded lines, in spec order; empty for a spec of only blank, comment or {@code TZ=} lines. */
    public List<CronLine> lines() {
        return lines;
    }

    /** The zone of the spec's {@code TZ=} line, if it has one. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * The first fire at or after {@code from} truncated to the minute, in {@code from}'s zone; empty
     * when the spec never fires (no lines, or only impossible dates such as February 31).
     *
     * @param defaultZone the zone of lines without {@code TZ=} (Jenkins uses the server's zone)
     */
    public Optional<ZonedDateTime> next(ZonedDateTime from, ZoneId defaultZone) {
        return search(from, defaultZone, line -> FireTimeSearch.next(line, minute(from), line.zoneOr(defaultZone)),
                Comparator.naturalOrder());
    }

    /** The last fire at or before {@code from} truncated to the minute, in {@code from}'s zone. */
    public Optional<ZonedDateTime> previous(ZonedDateTime from, ZoneId defaultZone) {
        return search(from, defaultZone, line -> FireTimeSearch.previous(line, minute(from), line.zoneOr(defaultZone)),
                Comparator.reverseOrder());
    }

    /** Whether the spec fires in the minute of {@code time}: Jenkins' {@code CronTabList.check}. */
    public boolean firesAt(ZonedDateTime time, ZoneId defaultZone) {
        Instant instant = minute(time);
        return lines.stream().anyMatch(line -> line.matches(instant.atZone(line.zoneOr(defaultZone)).toLocalDateTime()));
    }

    private Optional<ZonedDateTime> search(ZonedDateTime from, ZoneId defaultZone,
                                           Function<CronLine, Optional<Instant>> perLine, Comparator<Instant> order) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        return lines.stream()
                .map(perLine)
                .flatMap(Optional::stream)
                .min(order)
                .map(instant -> instant.atZone(from.getZone()));
    }

    private static Instant minute(ZonedDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public String toString() {
        return "CronSchedule" + lines.stream().map(CronLine::text).toList() + (zone == null ? "" : " TZ=" + zone);
    }
}
