package io.slipway.dsl.cron;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * The next or previous fire instant of one line, as Jenkins' scheduler produces them: it checks every
 * minute that passes and fires when the wall-clock time of that minute, in the line's zone, matches.
 * So a wall-clock time skipped by a daylight-saving gap never fires, and one repeated by an overlap
 * fires twice, once per offset.
 *
 * <p>The search walks matching days ({@link CronCalendar}) and, within a day, matching hours and
 * minutes in order, mapping each wall-clock minute to its instants with {@link ZoneRules}. On a day
 * near an offset transition wall-clock order and instant order can differ, so such a day and the
 * day after the first hit are searched completely before the best instant is chosen.
 */
final class FireTimeSearch {

    private FireTimeSearch() {
    }

    /** The earliest fire at or after {@code from} (a whole minute). */
    static Optional<Instant> next(CronLine line, Instant from, ZoneId zone) {
        LocalDate day = LocalDateTime.ofInstant(from, zone).toLocalDate().minusDays(1);
        Instant best = null;
        LocalDate lastDay = null;
        while (true) {
            Optional<LocalDate> match = CronCalendar.nextDate(line, day);
            if (match.isEmpty() || (lastDay != null && match.get().isAfter(lastDay))) {
                return Optional.ofNullable(best);
            }
            day = match.get();
            Instant hit = endsBefore(day, zone, from) ? null : searchDay(line, day, zone, from, true);
            if (hit != null) {
                best = best == null || hit.isBefore(best) ? hit : best;
                lastDay = lastDay == null ? day.plusDays(1) : lastDay;
            }
            day = day.plusDays(1);
        }
    }

    /** The latest fire at or before {@code from} (a whole minute). */
    static Optional<Instant> previous(CronLine line, Instant from, ZoneId zone) {
        LocalDate day = LocalDateTime.ofInstant(from, zone).toLocalDate().plusDays(1);
        Instant best = null;
        LocalDate lastDay = null;
        while (true) {
            Optional<LocalDate> match = CronCalendar.previousDate(line, day);
            if (match.isEmpty() || (lastDay != null && match.get().isBefore(lastDay))) {
                return Optional.ofNullable(best);
            }
            day = match.get();
            Instant hit = startsAfter(day, zone, from) ? null : searchDay(line, day, zone, from, false);
            if (hit != null) {
                best = best == null || hit.isAfter(best) ? hit : best;
                lastDay = lastDay == null ? day.minusDays(1) : lastDay;
            }
            day = day.minusDays(1);
        }
    }

    /** The best instant of this day on the right side of {@code from}, or null. */
    private static Instant searchDay(CronLine line, LocalDate day, ZoneId zone, Instant from, boolean forward) {
        ZoneRules rules = zone.getRules();
        boolean regular = isRegular(day, rules);
        // on a regular day wall-clock order is instant order, so minutes on the wrong side of from's
        // wall-clock minute can be skipped without building their instants
        int skipUpTo = regular ? wallClockMinuteOfFrom(day, zone, from, forward) : (forward ? -1 : 24 * 60);
        Instant best = null;
        for (int h = 0; h < 24; h++) {
            int hour = forward ? h : 23 - h;
            if (!CronLine.has(line.hours(), hour)) {
                continue;
            }
            for (int m = 0; m < 60; m++) {
                int minute = forward ? m : 59 - m;
                int minuteOfDay = hour * 60 + minute;
                if (!CronLine.has(line.minutes(), minute) || (forward ? minuteOfDay < skipUpTo : minuteOfDay > skipUpTo)) {
                    continue;
                }
                LocalDateTime wallClock = LocalDateTime.of(day, LocalTime.of(hour, minute));
                for (ZoneOffset offset : rules.getValidOffsets(wallClock)) {
                    Instant instant = wallClock.toInstant(offset);
                    boolean onTheRightSide = forward ? !instant.isBefore(from) : !instant.isAfter(from);
                    if (onTheRightSide && (best == null || (forward ? instant.isBefore(best) : instant.isAfter(best)))) {
                        best = instant;
                    }
                }
                if (best != null && regular) {
                    return best;
                }
            }
        }
        return best;
    }

    /** From's minute of the day when from falls on {@code day}, else a value that skips nothing. */
    private static int wallClockMinuteOfFrom(LocalDate day, ZoneId zone, Instant from, boolean forward) {
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        if (!local.toLocalDate().equals(day)) {
            return forward ? -1 : 24 * 60;
        }
        return local.getHour() * 60 + local.getMinute();
    }

    /** Whether every minute of a regular day lies before {@code from}, so the day need not be searched. */
    private static boolean endsBefore(LocalDate day, ZoneId zone, Instant from) {
        return isRegular(day, zone.getRules()) && !day.plusDays(1).atStartOfDay(zone).toInstant().isAfter(from);
    }

    /** Whether every minute of a regular day lies after {@code from}. */
    private static boolean startsAfter(LocalDate day, ZoneId zone, Instant from) {
        return isRegular(day, zone.getRules()) && day.atStartOfDay(zone).toInstant().isAfter(from);
    }

    /** No offset change within a day either side: wall-clock order is instant order on this day. */
    private static boolean isRegular(LocalDate day, ZoneRules rules) {
        if (rules.isFixedOffset()) {
            return true;
        }
        Instant windowStart = day.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        ZoneOffsetTransition transition = rules.nextTransition(windowStart);
        return transition == null
                || transition.getInstant().isAfter(day.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
