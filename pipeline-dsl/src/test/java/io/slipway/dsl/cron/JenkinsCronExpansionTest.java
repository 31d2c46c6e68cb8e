package io.slipway.dsl.cron;

import static io.slipway.dsl.cron.CronTestSupport.describe;
import static io.slipway.dsl.cron.CronTestSupport.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JenkinsCronExpansionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            * * * * *             ; 0-59 | 0-23 | 1-31 | 1-12 | 0-6
            5 4 3 2 1             ; 5 | 4 | 3 | 2 | 1
            00 07 * * *           ; 0 | 7 | 1-31 | 1-12 | 0-6
            1,2,40 * * * *        ; 1-2,40 | 0-23 | 1-31 | 1-12 | 0-6
            10-14 9-17 * * 1-5    ; 10-14 | 9-17 | 1-31 | 1-12 | 1-5
            */15 * * * *          ; 0,15,30,45 | 0-23 | 1-31 | 1-12 | 0-6
            1-30/5 */6 * * *      ; 1,6,11,16,21,26 | 0,6,12,18 | 1-31 | 1-12 | 0-6
            */100 * * * *         ; 0 | 0-23 | 1-31 | 1-12 | 0-6
            0 0 */10 1-12/3 *     ; 0 | 0 | 1,11,21,31 | 1,4,7,10 | 0-6
            0 0 * * 7             ; 0 | 0 | 1-31 | 1-12 | 0
            0 0 * * 5-7           ; 0 | 0 | 1-31 | 1-12 | 0,5-6
            0 0 * * 0-7           ; 0 | 0 | 1-31 | 1-12 | 0-6
            0 0 * * 1,3-4,7       ; 0 | 0 | 1-31 | 1-12 | 0-1,3-4
            H H H H H             ; 0 | 0 | 1 | 1 | 0
            H/15 H/6 * * *        ; 0,15,30,45 | 0,6,12,18 | 1-31 | 1-12 | 0-6
            H(10-20) H(8-17) * * *; 10 | 8 | 1-31 | 1-12 | 0-6
            H(10-20)/5 * * * *    ; 10,15,20 | 0-23 | 1-31 | 1-12 | 0-6
            H/1 * * * *           ; 0 | 0-23 | 1-31 | 1-12 | 0-6
            0 0 H/10 * *          ; 0 | 0 | 1,11,21 | 1-12 | 0-6
            0 0 H(1-31)/10 * *    ; 0 | 0 | 1,11,21,31 | 1-12 | 0-6
            0 0 * * H/2           ; 0 | 0 | 1-31 | 1-12 | 0,2,4,6
            H,30 * * * *          ; 0,30 | 0-23 | 1-31 | 1-12 | 0-6
            @yearly               ; 0 | 0 | 1 | 1 | 0-6
            @annually             ; 0 | 0 | 1 | 1 | 0-6
            @monthly              ; 0 | 0 | 1 | 1-12 | 0-6
            @weekly               ; 0 | 0 | 1-31 | 1-12 | 0
            @daily                ; 0 | 0 | 1-31 | 1-12 | 0-6
            @midnight             ; 0 | 0 | 1-31 | 1-12 | 0-6
            @hourly               ; 0 | 0-23 | 1-31 | 1-12 | 0-6
            '  0	12  *  *  * '  ; 0 | 12 | 1-31 | 1-12 | 0-6
            """)
    void everySyntaxFormExpandsAsJenkinsDoesWithoutAJobName(String spec, String expected) {
        CronSchedule schedule = schedule(spec);

        assertThat(schedule.lines()).hasSize(1);
        assertThat(describe(schedule.lines().get(0))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            @daily    ; H H * * *
            @midnight ; H H(0-2) * * *
            @weekly   ; H H * * H
            @yearly   ; H H H H *
            """)
    void anAliasLineReadsAsItsExpansion(String alias, String expansion) {
        assertThat(schedule(alias).lines().get(0).text()).isEqualTo(expansion);
    }

    @org.junit.jupiter.api.Test
    void blankLinesCommentsAndTheTimezoneLineAreSkippedButCounted() {
        CronSchedule schedule = schedule("TZ=Europe/Berlin\n# nightly\n\n  0 3 * * *\r\n@hourly\n");

        assertThat(schedule.zone()).contains(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(schedule.lines()).extracting(CronLine::line).containsExactly(4, 5);
        assertThat(schedule.lines()).allSatisfy(l -> assertThat(l.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin")));
    }

    @org.junit.jupiter.api.Test
    void aJobNameSpreadsAliasesAwayFromTheLowestValues() {
        CronSchedule schedule = schedule("@midnight", Optional.of("stuff"));

        assertThat(describe(schedule.lines().get(0))).isEqualTo("56 | 0 | 1-31 | 1-12 | 0-6");
    }
}
