package io.slipway.dsl.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JenkinsCronErrorsTest {

    private static final String ALIASES = "(allowed: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            0 0 * * 8               ; line 1:9: 8 is an invalid value. Must be within 0 and 7
            60 * * * *              ; line 1:1: 60 is an invalid value. Must be within 0 and 59
            0 25 * * *              ; line 1:3: 25 is an invalid value. Must be within 0 and 23
            0 0 0 * *               ; line 1:5: 0 is an invalid value. Must be within 1 and 31
            0 0 * 13 *              ; line 1:7: 13 is an invalid value. Must be within 1 and 12
            0 0 * 1-13 *            ; line 1:9: 13 is an invalid value. Must be within 1 and 12
            H(0-3)/15 * * * *       ; line 1:8: 15 is an invalid value. Must be within 1 and 4
            H H(12-24) * * *        ; line 1:8: 24 is an invalid value. Must be within 0 and 23
            H(33-66) * * * *        ; line 1:6: 66 is an invalid value. Must be within 0 and 59
            H/61 * * * *            ; line 1:3: 61 is an invalid value. Must be within 1 and 60
            */0 * * * *             ; line 1:3: step must be positive, but found 0
            1-5/0 * * * *           ; line 1:5: step must be positive, but found 0
            H/0 * * * *             ; line 1:3: step must be positive, but found 0
            5-1 * * * *             ; line 1:1: You mean 1-5?
            H(30-10) * * * *        ; line 1:3: You mean 10-30?
            0 0 * *                 ; line 1:8: expected 5 fields (minute hour day-of-month month day-of-week) but found 4
            0 0 * * * *             ; line 1:11: expected 5 fields (minute hour day-of-month month day-of-week) but found 6
            @fortnightly            ; line 1:1: unknown alias '@fortnightly' ` + ALIASES + `
            @Daily                  ; line 1:1: unknown alias '@Daily' ` + ALIASES + `
            @daily 5                ; line 1:8: nothing may follow '@daily' on its line
            0 0 * * MON             ; line 1:9: unexpected 'M', expected a number, '*' or 'H' (Jenkins has no month or day names: months are 1-12, days of the week 0-7 with 0 and 7 Sunday)
            0 0 * JAN *             ; line 1:7: unexpected 'J', expected a number, '*' or 'H' (Jenkins has no month or day names: months are 1-12, days of the week 0-7 with 0 and 7 Sunday)
            0 0 ? * 1               ; line 1:5: unexpected '?', expected a number, '*' or 'H' (Jenkins cron has no Quartz '?', 'L', 'W' or '#')
            0 0 L * *               ; line 1:5: unexpected 'L', expected a number, '*' or 'H' (Jenkins cron has no Quartz '?', 'L', 'W' or '#')
            0 0 * * 5#3             ; line 1:10: unexpected '#', expected ',' or the end of the day-of-week field
            0 0 * * * # nightly     ; line 1:11: a comment must be on a line of its own: Jenkins reads '#' only at the start of a line
            h * * * *               ; line 1:1: unexpected 'h', expected a number, '*' or 'H'
            1,,2 * * * *            ; line 1:3: unexpected ',', expected a number, '*' or 'H'
            1, * * * *              ; line 1:3: unexpected end of the minute field, expected a number, '*' or 'H'
            5/15 * * * *            ; line 1:2: unexpected '/', expected ',' or the end of the minute field
            1-5-7 * * * *           ; line 1:4: unexpected '-', expected ',' or the end of the minute field
            H(5) * * * *            ; line 1:4: unexpected ')', expected '-'
            H(1-5 * * * *           ; line 1:6: unexpected end of the minute field, expected ')'
            */ * * * *              ; line 1:3: unexpected end of the minute field, expected a number
            99999999999 * * * *     ; line 1:1: number too large: 99999999999
            """)
    void badSpecsAreReportedAtLineAndColumnInJenkinsWords(String spec, String expected) {
        String message = expected.replace("` + ALIASES + `", ALIASES);
        CronParseResult result = JenkinsCron.parse(spec, Optional.empty());

        assertThat(result.schedule()).isEmpty();
        assertThat(result.errors()).extracting(CronProblem::format).containsExactly(message);
    }

    @Test
    void positionsCountFromTheSpecsFirstLineAndTheLinesFirstCharacter() {
        CronParseResult result = JenkinsCron.parse("# nightly\n\n  0 0 32 * *", Optional.empty());

        assertThat(result.errors()).containsExactly(new CronProblem(3, 7, CronMessages.outOfRange(32, 1, 31)));
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        CronParseResult result = JenkinsCron.parse("0 0 * * 8\nH H * * *\n0 25 * * *", Optional.of("job"));

        assertThat(result.errors()).extracting(CronProblem::format).containsExactly(
                "line 1:9: 8 is an invalid value. Must be within 0 and 7",
                "line 3:3: 25 is an invalid value. Must be within 0 and 23");
    }

    @Test
    void anUnknownTimezoneIsAnErrorAtTheZoneName() {
        CronParseResult result = JenkinsCron.parse("TZ=Mars/Olympus\n0 0 * * *", Optional.empty());

        assertThat(result.errors()).extracting(CronProblem::format)
                .containsExactly("line 1:4: Invalid or unsupported timezone 'Mars/Olympus'");
    }

    @Test
    void aTimezoneLineAfterTheFirstLineIsAnErrorAsInJenkins() {
        CronParseResult result = JenkinsCron.parse("0 0 * * *\nTZ=UTC\n0 12 * * *", Optional.empty());

        assertThat(result.errors()).extracting(CronProblem::format)
                .containsExactly("line 2:1: TZ= is only allowed on the first line of a cron spec");
    }

    @Test
    void aValidSpecHasNoErrorsAndASchedule() {
        CronParseResult result = JenkinsCron.parse("TZ=Europe/Berlin\nH H(0-6) * * 1-5", Optional.of("folder/job"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.schedule()).isPresent();
    }
}
