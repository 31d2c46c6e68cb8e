package io.slipway.dsl.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JenkinsCronWarningsTest {

    private static final String RARE = CronMessages.rareOrImpossible();
    private static final String SHORT = CronMessages.shortDayOfMonthCycles();

    /** Rows after Jenkins' CronTabTest.checkSanity. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            * * * * *           ; Do you really mean "every minute" when you say "* * * * *"? Perhaps you meant "H * * * *"
            */1 * * * *         ; Do you really mean "every minute" when you say "*/1 * * * *"? Perhaps you meant "H * * * *"
            * 0 * * *           ; Do you really mean "every minute" when you say "* 0 * * *"? Perhaps you meant "H 0 * * *"
            * 6,18 * * *        ; Do you really mean "every minute" when you say "* 6,18 * * *"? Perhaps you meant "H 6,18 * * *"
            * * 3 * *           ; Do you really mean "every minute" when you say "* * 3 * *"? Perhaps you meant "H * 3 * *"
            * * * * 1-5         ; Do you really mean "every minute" when you say "* * * * 1-5"? Perhaps you meant "H * * * 1-5"
            */15 * * * *        ; Spread load evenly by using ‘H/15 * * * *’ rather than ‘*/15 * * * *’
            0,15,30,45 * * * *  ; Spread load evenly by using ‘H/15 * * * *’ rather than ‘0,15,30,45 * * * *’
            0 * * * *           ; Spread load evenly by using ‘H * * * *’ rather than ‘0 * * * *’
            5 * * * *           ; Spread load evenly by using ‘H * * * *’ rather than ‘5 * * * *’
            0 3 * * *           ; Spread load evenly by using ‘H 3 * * *’ rather than ‘0 3 * * *’
            00 22 * * 6         ; Spread load evenly by using ‘H 22 * * 6’ rather than ‘00 22 * * 6’
            0 3 H/3 * *         ; Short cycles in the day-of-month field will behave oddly near the end of a month
            0 3 */5 * *         ; Short cycles in the day-of-month field will behave oddly near the end of a month
            H H 31 2 *          ; This schedule will match dates only rarely (e.g. February 29) or never (e.g. June 31), so this job may be triggered very rarely, if at all.
            H H 29 2 *          ; This schedule will match dates only rarely (e.g. February 29) or never (e.g. June 31), so this job may be triggered very rarely, if at all.
            H H 29 2 1          ; This schedule will match dates only rarely (e.g. February 29) or never (e.g. June 31), so this job may be triggered very rarely, if at all.
            H H 31 4,6,9,11 1-5 ; This schedule will match dates only rarely (e.g. February 29) or never (e.g. June 31), so this job may be triggered very rarely, if at all.
            """)
    void suspiciousSpecsWarnAsJenkinsDoes(String spec, String warning) {
        CronParseResult result = JenkinsCron.parse(spec, Optional.empty());

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).extracting(CronProblem::message).containsExactly(warning);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"@hourly", "@daily", "@midnight", "H H(0-2) * * *", "H/15 * 1 1 *", "0 3 H/15 * *",
        "H H 13 * 5", "H H 1 * 0", "H H * * *\n# comment\nH H(8-9) * * 1-5", "TZ=UTC\nH 4 * * *"})
    void reasonableSpecsDoNotWarn(String spec) {
        assertThat(JenkinsCron.parse(spec, Optional.of("job")).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "# only a comment", "TZ=Europe/Berlin", "\n\n"})
    void aSpecWithoutLinesWarnsThatItNeverRuns(String spec) {
        CronParseResult result = JenkinsCron.parse(spec, Optional.empty());

        assertThat(result.schedule().orElseThrow().lines()).isEmpty();
        assertThat(result.warnings()).extracting(CronProblem::format).containsExactly("line 1:1: No schedules so will never run");
    }

    @org.junit.jupiter.api.Test
    void warningsNameTheirLineAndItsFirstColumn() {
        CronParseResult result = JenkinsCron.parse("H H * * *\n  */15 * * * *\n0 0 31 2 *", Optional.empty());

        assertThat(result.warnings()).extracting(CronProblem::format).containsExactly(
                "line 2:3: Spread load evenly by using ‘H/15 * * * *’ rather than ‘*/15 * * * *’",
                "line 3:1: Spread load evenly by using ‘H 0 31 2 *’ rather than ‘0 0 31 2 *’",
                "line 3:1: " + RARE);
        assertThat(SHORT).isNotBlank();
    }
}
