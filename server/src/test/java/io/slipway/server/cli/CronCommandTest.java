package io.slipway.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronCommandTest {

    /** 2026-03-21T16:21:37Z, a Saturday. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-21T16:21:37Z"), ZoneOffset.UTC);

    private record Run(int exit, List<String> out, List<String> err) {
    }

    private static Run cron(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CronCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), NOW);
        return new Run(exit, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    @Test
    void printsTheNextFiveFireTimesFromNowByDefault() {
        Run run = cron("H/15 * * * *");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsExactly(
                "2026-03-21T16:30", "2026-03-21T16:45", "2026-03-21T17:00", "2026-03-21T17:15", "2026-03-21T17:30");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void fromIsIncludedWhenItMatches() {
        assertThat(cron("--from", "2026-03-21T16:21", "--count", "2", "21 16 * * *").out())
                .containsExactly("2026-03-21T16:21", "2026-03-22T16:21");
    }

    @Test
    void aJobNameHashesHAsJenkinsDoes() {
        // Jenkins' CronTabTest.hashSkips: H/15 for "stuff" fires at 11, 26, 41 and 56
        assertThat(cron("--name", "stuff", "--from=2013-03-21T16:21", "--count=3", "H/15 * * * *").out())
                .containsExactly("2013-03-21T16:26", "2013-03-21T16:41", "2013-03-21T16:56");
    }

    @Test
    void previousListsFireTimesAtOrBeforeFromNewestFirst() {
        assertThat(cron("--previous", "--from", "2024-03-01T00:00", "--count", "3", "0 12 29 2 *").out())
                .containsExactly("2024-02-29T12:00", "2020-02-29T12:00", "2016-02-29T12:00");
    }

    @Test
    void theOutputFollowsTheSpecsTimezoneUnlessZoneIsGiven() {
        String spec = "TZ=Europe/Berlin\n# the nightly run\n30 2 * * *";

        assertThat(cron("--from", "2026-10-24T12:00", "--count", "2", spec).out())
                .containsExactly("2026-10-25T02:30", "2026-10-25T02:30");
        assertThat(cron("--zone", "UTC", "--from", "2026-10-24T12:00", "--count", "3", spec).out())
                .containsExactly("2026-10-25T00:30", "2026-10-25T01:30", "2026-10-26T01:30");
    }

    @Test
    void zoneAppliesToLinesWithoutTimezone() {
        assertThat(cron("--zone", "Asia/Tokyo", "--from", "2026-07-01T00:00", "--count", "1", "0 9 * * 1-5").out())
                .containsExactly("2026-07-01T09:00");
    }

    @Test
    void severalLinesMerge() {
        assertThat(cron("--from", "2026-03-20T10:00", "--count", "3", "0 8 * * 1-5\n30 9 * * 0,6").out())
                .containsExactly("2026-03-21T09:30", "2026-03-22T09:30", "2026-03-23T08:00");
    }

    @Test
    void aBadSpecPrintsLineAndColumnAndExitsOne() {
        Run run = cron("H H * * *\n0 0 * * 8");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsExactly("line 2:9: 8 is an invalid value. Must be within 0 and 7");
    }

    @Test
    void warningsGoToStandardErrorAndTimesStillPrint() {
        Run run = cron("--count", "1", "--from", "2026-03-21T16:21", "*/15 * * * *");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsExactly("2026-03-21T16:30");
        assertThat(run.err()).containsExactly(
                "line 1:1: warning: Spread load evenly by using ‘H/15 * * * *’ rather than ‘*/15 * * * *’");
    }

    @Test
    void aSpecThatNeverFiresPrintsNoTimes() {
        Run run = cron("0 0 31 2 *");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).anySatisfy(line -> assertThat(line).contains("rarely"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            --bogus|H * * * *              ; cron: unknown option '--bogus'
            --from|2026-03-21 16:21|H * * * *; cron: --from must look like 2026-03-21T16:21, got '2026-03-21 16:21'
            --zone|Mars/Olympus|H * * * *  ; cron: --zone must be a zone id such as UTC or Europe/Berlin, got 'Mars/Olympus'
            --count|0|H * * * *            ; cron: --count must be a whole number from 1 to 10000, got '0'
            --count|many|H * * * *         ; cron: --count must be a whole number from 1 to 10000, got 'many'
            --count                        ; cron: --count needs a value
            --previous=yes|H * * * *       ; cron: --previous takes no value
            H|*                            ; cron: expected one SPEC but got a second: '*' (quote the spec: 'H * * * *')
            --count|3                      ; cron: a SPEC is required
            """)
    void usageErrorsExitTwoWithAClearMessage(String args, String message) {
        Run run = cron(args.split("\\|"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().get(0)).isEqualTo(message);
        assertThat(run.err()).anySatisfy(line -> assertThat(line).startsWith("usage: java -jar slipway.jar cron"));
    }

    @Test
    void helpPrintsUsageToStandardOutput() {
        Run run = cron("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out().get(0)).startsWith("usage: java -jar slipway.jar cron");
    }

    @Test
    void thePublicEntryPointWritesToTheProcessStreams() {
        PrintStream savedOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = CronCommand.run(new String[] {"--from", "2026-01-01T00:00", "--count", "2", "@daily"});
        } finally {
            System.setOut(savedOut);
        }

        assertThat(exit).isZero();
        assertThat(lines(out)).containsExactly("2026-01-01T00:00", "2026-01-02T00:00");
    }
}
