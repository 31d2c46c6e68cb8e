package io.slipway.dsl.cron;

import static io.slipway.dsl.cron.CronTestSupport.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks next and previous against Jenkins' own way of firing, minute by minute with
 * {@link CronSchedule#firesAt}, around real offset changes: one-hour and half-hour shifts, and
 * São Paulo's changes at midnight, where a repeated hour crosses into the previous day.
 */
class CronDaylightSavingTest {

    private static final String[] SPECS = {
        "*/10 * * * *", "30 2 * * *", "0,30 0-3 * * *", "45 23 * * *", "15 0 * * *", "H 1-2 * * *",
        "*/7 22-23,0-1 * * *", "0 0 * * 0", "59 * * * *", "H/20 0,2 * * 1-5",
    };
    private static final int WINDOW_MINUTES = 8 * 24 * 60;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo", "Asia/Kolkata"})
    void nextAndPreviousAgreeWithCheckingEveryMinute(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        Random random = new Random(zoneName.hashCode());
        Instant cursor = Instant.parse("2016-01-01T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(cursor);
            Instant around = transition == null ? cursor.plus(40, ChronoUnit.DAYS) : transition.getInstant();
            cursor = around.plus(1, ChronoUnit.DAYS);
            String spec = "TZ=" + zoneName + "\n" + SPECS[random.nextInt(SPECS.length)];
            CronSchedule schedule = schedule(spec, Optional.of("job-" + i));
            ZonedDateTime from = around.plus(random.nextInt(6 * 60) - 3 * 60, ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MINUTES).atZone(ZoneOffset.UTC);

            assertThat(schedule.next(from, ZoneOffset.UTC)).as("next of %s from %s", spec, from)
                    .isEqualTo(scan(schedule, from, 1));
            assertThat(schedule.previous(from, ZoneOffset.UTC)).as("previous of %s from %s", spec, from)
                    .isEqualTo(scan(schedule, from, -1));
        }
    }

    /** Jenkins' way: try each minute in turn. */
    private static Optional<ZonedDateTime> scan(CronSchedule schedule, ZonedDateTime from, int direction) {
        for (int m = 0; m < WINDOW_MINUTES; m++) {
            ZonedDateTime minute = from.plusMinutes((long) m * direction);
            if (schedule.firesAt(minute, ZoneOffset.UTC)) {
                return Optional.of(minute);
            }
        }
        throw new AssertionError("no fire within eight days of " + from + "; pick specs that fire weekly");
    }
}
