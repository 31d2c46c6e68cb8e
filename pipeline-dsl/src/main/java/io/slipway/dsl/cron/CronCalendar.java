package io.slipway.dsl.cron;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Date-level questions about a {@link CronLine}: which days match its month, day-of-month and
 * day-of-week fields (all three, as Jenkins requires), and whether such days come rarely or never.
 * Searches walk month by month and stop after one full Gregorian cycle of 400 years, after which the
 * calendar repeats: a line with no day in that span never fires.
 */
final class CronCalendar {

    /** Days in 400 Gregorian years: the calendar, weekdays included, repeats after this. */
    static final int CYCLE_DAYS = 146_097;
    private static final int CYCLE_MONTHS = 400 * 12;
    /** Jenkins gives up looking for the next or previous fire after two years and calls the spec rare. */
    private static final int RARE_GAP_DAYS = 731;
    private static final long ALL_DAYS_OF_WEEK = 0x7FL;

    private CronCalendar() {
    }

    /** The first matching day on or after {@code start}, if any within one 400-year cycle. */
    static Optional<LocalDate> nextDate(CronLine line, LocalDate start) {
        YearMonth month = YearMonth.from(start);
        int firstDay = start.getDayOfMonth();
        for (int i = 0; i <= CYCLE_MONTHS; i++) {
            if (CronLine.has(line.months(), month.getMonthValue())) {
                int sundayBased = CronLine.cronDayOfWeek(month.atDay(1).getDayOfWeek());
                for (int day = firstDay; day <= month.lengthOfMonth(); day++) {
                    if (matchesDay(line, day, (sundayBased + day - 1) % 7)) {
                        return Optional.of(month.atDay(day));
                    }
                }
            }
            month = month.plusMonths(1);
            firstDay = 1;
        }
        return Optional.empty();
    }

    /** The last matching day on or before {@code start}, if any within one 400-year cycle. */
    static Optional<LocalDate> previousDate(CronLine line, LocalDate start) {
        YearMonth month = YearMonth.from(start);
        int lastDay = start.getDayOfMonth();
        for (int i = 0; i <= CYCLE_MONTHS; i++) {
            if (CronLine.has(line.months(), month.getMonthValue())) {
                int sundayBased = CronLine.cronDayOfWeek(month.atDay(1).getDayOfWeek());
                for (int day = Math.min(lastDay, month.lengthOfMonth()); day >= 1; day--) {
                    if (matchesDay(line, day, (sundayBased + day - 1) % 7)) {
                        return Optional.of(month.atDay(day));
                    }
                }
            }
            month = month.minusMonths(1);
            lastDay = 31;
        }
        return Optional.empty();
    }

    /**
     * Whether the line's days ever come more than two years apart, or never: what Jenkins reports as
     * "rare or impossible" when it cannot find a next or previous fire within two years.
     */
    static boolean isRareOrImpossible(CronLine line) {
        if (line.daysOfWeek() == ALL_DAYS_OF_WEEK) {
            // rare only when the chosen days exist in leap years alone (February 29) or not at all
            return !occursEveryYear(line);
        }
        if (everyChosenMonthHasADay(line)) {
            return false;
        }
        LocalDate cycleStart = LocalDate.of(2000, 1, 1);
        Optional<LocalDate> first = nextDate(line, cycleStart);
        if (first.isEmpty()) {
            return true;
        }
        LocalDate previous = first.get();
        LocalDate cycleEnd = cycleStart.plusDays(CYCLE_DAYS);
        while (true) {
            Optional<LocalDate> next = nextDate(line, previous.plusDays(1));
            LocalDate following = next.filter(d -> d.isBefore(cycleEnd)).orElse(first.get().plusDays(CYCLE_DAYS));
            if (following.toEpochDay() - previous.toEpochDay() > RARE_GAP_DAYS) {
                return true;
            }
            if (!following.isBefore(cycleEnd)) {
                return false;
            }
            previous = following;
        }
    }

    /**
     * Whether, whatever weekday a month starts on, one of the chosen days 1-28 falls on a chosen weekday:
     * then every chosen month has a matching day and the days are never a year apart.
     */
    private static boolean everyChosenMonthHasADay(CronLine line) {
        for (int firstWeekday = 0; firstWeekday < 7; firstWeekday++) {
            boolean found = false;
            for (int day = 1; day <= 28 && !found; day++) {
                found = matchesDay(line, day, (firstWeekday + day - 1) % 7);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean occursEveryYear(CronLine line) {
        for (int month = 1; month <= 12; month++) {
            if (!CronLine.has(line.months(), month)) {
                continue;
            }
            int shortest = month == 2 ? 28 : YearMonth.of(2001, month).lengthOfMonth();
            for (int day = 1; day <= shortest; day++) {
                if (CronLine.has(line.daysOfMonth(), day)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesDay(CronLine line, int dayOfMonth, int dayOfWeek) {
        return CronLine.has(line.daysOfMonth(), dayOfMonth) && CronLine.has(line.daysOfWeek(), dayOfWeek);
    }
}
