package io.slipway.dsl.cron;

import static io.slipway.dsl.cron.CronTestSupport.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The next {@code count} fires from {@code from} (a wall-clock time in {@code zone}), printed in that zone. */
    private static List<String> next(CronSchedule schedule, String from, ZoneId zone, int count) {
        List<String> out = new ArrayList<>();
        ZonedDateTime at = LocalDateTime.parse(from).atZone(zone);
        for (int i = 0; i < count; i++) {
            Optional<ZonedDateTime> fire = schedule.next(at, UTC);
            if (fire.isEmpty()) {
                break;
            }
            out.add(fire.get().format(MINUTE));
            at = fire.get().plusMinutes(1);
        }
        return out;
    }

    private static List<String> previous(CronSchedule schedule, String from, ZoneId zone, int count) {
        List<String> out = new ArrayList<>();
        ZonedDateTime at = LocalDateTime.parse(from).atZone(zone);
        for (int i = 0; i < count; i++) {
            Optional<ZonedDateTime> fire = schedule.previous(at, UTC);
            if (fire.isEmpty()) {
                break;
            }
            out.add(fire.get().format(MINUTE));
            at = fire.get().minusMinutes(1);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = ';', textBlock = """
            21 16 * * *       ; 2026-03-21T16:21 ; 2026-03-21T16:21 2026-03-22T16:21
            0,30 * * * *      ; 2000-03-01T01:10 ; 2000-03-01T01:30 2000-03-01T02:00
            15,45 3 * * *     ; 2000-03-01T02:30 ; 2000-03-01T03:15 2000-03-01T03:45 2000-03-02T03:15
            0 0 31 * *        ; 2026-02-01T00:00 ; 2026-03-31T00:00 2026-05-31T00:00 2026-07-31T00:00 2026-08-31T00:00
            59 23 28-31 2 *   ; 2027-02-27T00:00 ; 2027-02-28T23:59 2028-02-28T23:59 2028-02-29T23:59 2029-02-28T23:59
            0 12 29 2 *       ; 2026-01-01T00:00 ; 2028-02-29T12:00 2032-02-29T12:00
            0 0 29 2 *        ; 2096-03-01T00:00 ; 2104-02-29T00:00
            0 9 * * 7         ; 2026-03-21T16:21 ; 2026-03-22T09:00 2026-03-29T09:00
            0 9 * * 0         ; 2026-03-21T16:21 ; 2026-03-22T09:00 2026-03-29T09:00
            0 0 1 * 0         ; 2010-01-01T15:55 ; 2010-08-01T00:00 2011-05-01T00:00
            0 0 1 * 7         ; 2010-01-01T15:55 ; 2010-08-01T00:00
            0 0 13 * 5        ; 2026-01-01T00:00 ; 2026-02-13T00:00 2026-03-13T00:00 2026-11-13T00:00
            0 23 * * 1-5      ; 2011-01-16T00:00 ; 2011-01-17T23:00 2011-01-18T23:00
            0 0 31 2 *        ; 2026-01-01T00:00 ;
            59 23 31 12 *     ; 2026-12-31T23:59 ; 2026-12-31T23:59 2027-12-31T23:59
            """)
    void nextFireTimesAreInclusiveAndRequireBothDayFields(String spec, String from, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(" "));

        assertThat(next(schedule(spec), from, UTC, want.size() + 1).subList(0, want.size())).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = ';', textBlock = """
            30 * * * *        ; 2000-03-01T01:40 ; 2000-03-01T01:30 2000-03-01T00:30
            30 * * * *        ; 2000-03-01T01:30 ; 2000-03-01T01:30 2000-03-01T00:30
            15,45 3 * * *     ; 2000-03-01T04:30 ; 2000-03-01T03:45 2000-03-01T03:15 2000-02-29T03:45
            0 0 1 * 0         ; 2011-01-01T15:55 ; 2010-08-01T00:00 2009-11-01T00:00
            0 12 29 2 *       ; 2026-01-01T00:00 ; 2024-02-29T12:00 2020-02-29T12:00
            0 0 31 * *        ; 2026-05-01T00:00 ; 2026-03-31T00:00 2026-01-31T00:00
            """)
    void previousFireTimesAreInclusiveToo(String spec, String from, String expected) {
        List<String> want = Arrays.asList(expected.split(" "));

        assertThat(previous(schedule(spec), from, UTC, want.size())).isEqualTo(want);
    }

    @Test
    void anImpossibleDateNeverFires() {
        CronSchedule schedule = schedule("0 0 30 2 *");

        assertThat(schedule.next(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, UTC), UTC)).isEmpty();
        assertThat(schedule.previous(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, UTC), UTC)).isEmpty();
    }

    @Test
    void anyLineOfSeveralFires() {
        CronSchedule schedule = schedule("0 8 * * 1-5\n# weekends later\n30 9 * * 0,6");

        assertThat(next(schedule, "2026-03-20T10:00", UTC, 3))
                .containsExactly("2026-03-21T09:30", "2026-03-22T09:30", "2026-03-23T08:00");
        assertThat(previous(schedule, "2026-03-23T08:59", UTC, 3))
                .containsExactly("2026-03-23T08:00", "2026-03-22T09:30", "2026-03-21T09:30");
    }

    @Test
    void hashedSchedulesFireWhereJenkinsFiresThem() {
        // Jenkins' CronTabTest.hashedMinute and hashSkips
        assertThat(next(schedule("H 17 * * *", Optional.of("stuff")), "2013-03-21T16:21", UTC, 1)).containsExactly("2013-03-21T17:56");
        assertThat(next(schedule("@hourly", Optional.of("junk")), "2013-03-21T16:21", UTC, 1)).containsExactly("2013-03-21T17:20");
        assertThat(next(schedule("H H(12-13) * * *", Optional.of("stuff")), "2013-03-21T16:21", UTC, 1)).containsExactly("2013-03-22T13:56");
        assertThat(next(schedule("H/15 * * * *", Optional.of("stuff")), "2013-03-21T16:59", UTC, 1)).containsExactly("2013-03-21T17:11");
        assertThat(next(schedule("H(0-3)/4 * * * *", Optional.of("junk")), "2013-03-21T00:05", UTC, 1)).containsExactly("2013-03-21T01:02");
    }

    @Test
    void aTimezoneLineMovesEveryLineIntoItsZone() {
        CronSchedule schedule = schedule("TZ=America/New_York\n0 9 * * *\n0 21 * * *");

        // New York is UTC-5 before 2026-03-08 and UTC-4 after
        assertThat(next(schedule, "2026-03-07T00:00", UTC, 4))
                .containsExactly("2026-03-07T02:00", "2026-03-07T14:00", "2026-03-08T02:00", "2026-03-08T13:00");
    }

    @Test
    void linesWithoutTimezoneFollowTheDefaultZone() {
        CronSchedule schedule = schedule("0 9 * * *");
        ZonedDateTime from = ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, UTC);

        assertThat(schedule.next(from, ZoneId.of("Asia/Tokyo")).orElseThrow().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 7, 1, 0, 0));
        assertThat(schedule.next(from, ZoneId.of("Europe/Berlin")).orElseThrow().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 7, 1, 7, 0));
    }

    @Test
    void aWallClockTimeRepeatedByDaylightSavingFiresTwice() {
        CronSchedule schedule = schedule("TZ=Europe/Berlin\n30 2 * * *");

        assertThat(next(schedule, "2026-10-24T12:00", UTC, 3))
                .containsExactly("2026-10-25T00:30", "2026-10-25T01:30", "2026-10-26T01:30");
        assertThat(previous(schedule, "2026-10-25T12:00", UTC, 3))
                .containsExactly("2026-10-25T01:30", "2026-10-25T00:30", "2026-10-24T00:30");
        // from inside the first pass of the repeated hour, the second 02:30 is still ahead
        assertThat(next(schedule, "2026-10-25T00:40", UTC, 1)).containsExactly("2026-10-25T01:30");
    }

    @Test
    void aWallClockTimeSkippedByDaylightSavingDoesNotFire() {
        CronSchedule schedule = schedule("TZ=Europe/Berlin\n30 2 * * *");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(next(schedule, "2026-03-28T12:00", berlin, 2)).containsExactly("2026-03-30T02:30", "2026-03-31T02:30");
        assertThat(previous(schedule, "2026-03-30T00:00", berlin, 1)).containsExactly("2026-03-28T02:30");
    }

    @Test
    void everyMinuteAcrossTheFallBackVisitsEachInstantOnce() {
        CronSchedule schedule = schedule("TZ=Europe/Berlin\n*/20 * * * *");

        assertThat(next(schedule, "2026-10-25T00:00", UTC, 6)).containsExactly(
                "2026-10-25T00:00", "2026-10-25T00:20", "2026-10-25T00:40",
                "2026-10-25T01:00", "2026-10-25T01:20", "2026-10-25T01:40");
    }

    @Test
    void firesAtChecksOneMinuteLikeJenkinsCheck() {
        CronSchedule schedule = schedule("TZ=Australia/Sydney\nH * * * *\nH * * * *", Optional.of("seed"));
        List<Integer> minutes = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            if (schedule.firesAt(ZonedDateTime.of(2013, 4, 3, 11, m, 0, 0, UTC), UTC)) {
                minutes.add(m);
            }
        }
        // Jenkins' CronTabTest.testTimezone
        assertThat(minutes).containsExactly(35, 56);
    }

    @Test
    void secondsInFromAreTruncatedToTheMinute() {
        ZonedDateTime from = ZonedDateTime.of(2026, 3, 21, 16, 21, 42, 5, UTC);

        assertThat(schedule("21 16 * * *").next(from, UTC).orElseThrow().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 3, 21, 16, 21));
    }
}
