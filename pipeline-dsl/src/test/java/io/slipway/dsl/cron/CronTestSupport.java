package io.slipway.dsl.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers the cron tests share: parse-or-fail and a readable form of a line's bit masks. */
final class CronTestSupport {

    private CronTestSupport() {
    }

    static CronSchedule schedule(String spec, Optional<String> job) {
        CronParseResult result = JenkinsCron.parse(spec, job);
        assertThat(result.errors()).as("errors of %s", spec).isEmpty();
        return result.schedule().orElseThrow();
    }

    static CronSchedule schedule(String spec) {
        return schedule(spec, Optional.empty());
    }

    /** {@code minutes | hours | days | months | weekdays}, each as values and runs, e.g. {@code 0-4,6}. */
    static String describe(CronLine line) {
        return String.join(" | ", values(line.minutes(), 0, 59), values(line.hours(), 0, 23),
                values(line.daysOfMonth(), 1, 31), values(line.months(), 1, 12), values(line.daysOfWeek(), 0, 6));
    }

    static String values(long bits, int min, int max) {
        List<String> parts = new ArrayList<>();
        int i = min;
        while (i <= max) {
            if ((bits & (1L << i)) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 <= max && (bits & (1L << (i + 1))) != 0) {
                i++;
            }
            parts.add(start == i ? String.valueOf(start) : start + "-" + i);
            i++;
        }
        return String.join(",", parts);
    }
}
