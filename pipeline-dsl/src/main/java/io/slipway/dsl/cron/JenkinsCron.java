package io.slipway.dsl.cron;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * Parses a Jenkins cron spec, the text of {@code triggers { cron('...') }}, {@code pollSCM('...')} or a
 * job's "Build periodically" box, as Jenkins' {@code CronTabList.create} does:
 * <ul>
 * <li>lines split at {@code \n} or {@code \r\n}, each trimmed; blank lines and lines starting with
 *     {@code #} are skipped;</li>
 * <li>a first line {@code TZ=Zone} sets the zone of every line (the id must be one of
 *     {@link TimeZone#getAvailableIDs()}); {@code TZ=} on a later line is an error, as in Jenkins;</li>
 * <li>every other line is five fields or an alias, and the spec fires when any line matches;</li>
 * <li>{@code H} values come from one hash of the job's full name for the whole spec, drawn left to right,
 *     line by line ({@link CronHash}); without a job name each {@code H} takes the lowest value.</li>
 * </ul>
 * Unlike Jenkins, which stops at the first problem, every invalid line is reported (its first problem),
 * and sanity warnings are given per line. Columns point at the offending text (1-based), where Jenkins
 * reports the 0-based position of the token after it.
 *
 * <p>Known difference: Jenkins re-parses an alias line through a method that drops the {@code TZ=} zone,
 * so there {@code TZ=...} followed by {@code @daily} appears to run in the server's zone; here the
 * {@code TZ=} zone applies to alias lines too, as the documentation of {@code TZ=} says.
 */
public final class JenkinsCron {

    private static final Set<String> ZONE_IDS = Set.of(TimeZone.getAvailableIDs());

    private JenkinsCron() {
    }

    /**
     * @param spec         the whole spec, possibly several lines
     * @param jobFullName  the job's full name (folders separated by {@code /}), which seeds {@code H};
     *                     empty to give every {@code H} the lowest value of its range
     */
    public static CronParseResult parse(String spec, Optional<String> jobFullName) {
        Objects.requireNonNull(spec, "spec");
        CronHash hash = CronHash.forJob(jobFullName);
        List<CronLine> lines = new ArrayList<>();
        List<CronProblem> errors = new ArrayList<>();
        List<CronProblem> warnings = new ArrayList<>();
        ZoneId zone = null;
        String[] rawLines = spec.split("\\r?\\n");
        for (int i = 0; i < rawLines.length; i++) {
            int number = i + 1;
            String raw = rawLines[i];
            String text = raw.trim();
            int column = CronLineParser.leadingBlanks(raw) + 1;
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("TZ=")) {
                if (number != 1) {
                    errors.add(new CronProblem(number, column, CronMessages.timezoneNotFirst()));
                    continue;
                }
                String id = text.replace("TZ=", "");
                zone = zoneOf(id);
                if (zone == null) {
                    errors.add(new CronProblem(number, column + 3, CronMessages.invalidTimezone(id)));
                }
                continue;
            }
            try {
                CronLine line = CronLineParser.parse(raw, number, hash, zone);
                lines.add(line);
                CronSanity.check(line).ifPresent(w -> warnings.add(new CronProblem(number, column, w)));
                if (CronCalendar.isRareOrImpossible(line)) {
                    warnings.add(new CronProblem(number, column, CronMessages.rareOrImpossible()));
                }
            } catch (CronSyntaxError e) {
                errors.add(new CronProblem(number, e.column, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new CronParseResult(Optional.empty(), errors, warnings);
        }
        if (lines.isEmpty()) {
            warnings.add(new CronProblem(1, 1, CronMessages.noSchedules()));
        }
        return new CronParseResult(Optional.of(new CronSchedule(lines, zone)), errors, warnings);
    }

    private static ZoneId zoneOf(String id) {
        if (!ZONE_IDS.contains(id)) {
            return null;
        }
        try {
            return TimeZone.getTimeZone(id).toZoneId();
        } catch (RuntimeException e) {
            return null; // a legacy id java.time cannot map is as unusable as an unknown one
        }
    }

    /** The alias words Jenkins accepts after {@code @}. */
    public static List<String> aliases() {
        return Arrays.stream(CronAlias.values()).map(a -> "@" + a.word()).toList();
    }
}
