package io.slipway.dsl.cron;

/**
 * Every text this package reports, so that code and tests use the same words. Where Jenkins has a
 * message for the same problem ({@code hudson/scheduler/Messages.properties},
 * {@code hudson/triggers/Messages.properties}, {@code CronTabList}) the wording follows it; syntax errors,
 * which Jenkins leaves to ANTLR's generic texts, get messages that name what was expected.
 */
public final class CronMessages {

    private CronMessages() {
    }

    // --- errors, as Jenkins' BaseParser words them ---

    public static String outOfRange(long value, int min, int max) {
        return value + " is an invalid value. Must be within " + min + " and " + max;
    }

    public static String stepMustBePositive(int step) {
        return "step must be positive, but found " + step;
    }

    /** Jenkins: "You mean 1-5?" for {@code 5-1}. */
    public static String startEndReversed(int start, int end) {
        return "You mean " + end + "-" + start + "?";
    }

    // --- errors of our own wording ---

    public static String unexpected(String found, String expected) {
        return "unexpected " + found + ", expected " + expected;
    }

    /** After {@link #unexpected} when a month or day-of-week field holds a name such as MON or JAN. */
    public static String noNames(String found) {
        return unexpected(found, "a number, '*' or 'H'")
                + " (Jenkins has no month or day names: months are 1-12, days of the week 0-7 with 0 and 7 Sunday)";
    }

    /** After {@link #unexpected} for Quartz-only syntax. */
    public static String noQuartzSyntax(String found) {
        return unexpected(found, "a number, '*' or 'H'") + " (Jenkins cron has no Quartz '?', 'L', 'W' or '#')";
    }

    public static String commentNotAlone() {
        return "a comment must be on a line of its own: Jenkins reads '#' only at the start of a line";
    }

    public static String numberTooLarge(String digits) {
        return "number too large: " + digits;
    }

    public static String fieldCount(int found) {
        return "expected 5 fields (minute hour day-of-month month day-of-week) but found " + found;
    }

    public static String unknownAlias(String alias) {
        return "unknown alias '" + alias + "' (allowed: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)";
    }

    public static String textAfterAlias(String alias) {
        return "nothing may follow '" + alias + "' on its line";
    }

    /** Jenkins' CronTabList wording. */
    public static String invalidTimezone(String zone) {
        return "Invalid or unsupported timezone '" + zone + "'";
    }

    public static String timezoneNotFirst() {
        return "TZ= is only allowed on the first line of a cron spec";
    }

    // --- warnings, as Jenkins' CronTab.checkSanity and TimerTrigger word them ---

    public static String everyMinute(String spec, String suggestion) {
        return "Do you really mean \"every minute\" when you say \"" + spec + "\"? Perhaps you meant \"" + suggestion + "\"";
    }

    public static String shortDayOfMonthCycles() {
        return "Short cycles in the day-of-month field will behave oddly near the end of a month";
    }

    public static String spreadLoad(String hashed, String spec) {
        return "Spread load evenly by using \u2018" + hashed + "\u2019 rather than \u2018" + spec + "\u2019";
    }

    public static String rareOrImpossible() {
        return "This schedule will match dates only rarely (e.g. February 29) or never (e.g. June 31),"
                + " so this job may be triggered very rarely, if at all.";
    }

    public static String noSchedules() {
        return "No schedules so will never run";
    }
}
