package io.slipway.dsl.cron;

import static io.slipway.dsl.cron.CronTestSupport.describe;
import static io.slipway.dsl.cron.CronTestSupport.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronHashTest {

    /** The documented algorithm, written out here independently of {@link CronHash}. */
    private static Random jenkinsRandom(String jobFullName) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(jobFullName.getBytes(StandardCharsets.UTF_8));
        byte[] folded = new byte[8];
        for (int i = 0; i < 16; i++) {
            folded[i % 8] ^= md5[i];
        }
        long seed = java.nio.ByteBuffer.wrap(folded).getLong();
        return new Random(seed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nightly", "folder/sub folder/release-pipeline", "Überjob", "a", "x/y/z/PR-1234"})
    void hashedValuesFollowOneRandomDrawPerHLeftToRightLineByLine(String job) throws Exception {
        Random random = jenkinsRandom(job);
        int minute = random.nextInt(60);
        int hour = 8 + random.nextInt(10);
        int day = 1 + random.nextInt(28);
        int weekday = random.nextInt(7);
        int quarterOffset = random.nextInt(15);
        int dailyMinute = random.nextInt(60);
        int dailyHour = random.nextInt(24);

        CronSchedule schedule = schedule("H H(8-17) H * H\n# comment lines draw nothing\nH/15 * * * *\n@daily", Optional.of(job));

        List<String> lines = schedule.lines().stream().map(CronTestSupport::describe).toList();
        assertThat(lines).containsExactly(
                minute + " | " + hour + " | " + day + " | 1-12 | " + weekday,
                CronTestSupport.values(0b1L << quarterOffset | 1L << (quarterOffset + 15) | 1L << (quarterOffset + 30)
                        | 1L << (quarterOffset + 45), 0, 59) + " | 0-23 | 1-31 | 1-12 | 0-6",
                dailyMinute + " | " + dailyHour + " | 1-31 | 1-12 | 0-6");
    }

    /**
     * Values from Jenkins' own CronTabTest (stuff, junk, seed), and values worked out by hand for other
     * names by running Java's LCG (seed ^ 0x5DEECE66D, x * 0x5DEECE66D + 0xB mod 2^48) on the folded MD5.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            stuff               ; H 17 * * *                   ; 56 | 17 | 1-31 | 1-12 | 0-6
            stuff               ; H H(12-13) * * *             ; 56 | 13 | 1-31 | 1-12 | 0-6
            stuff               ; H/15 * * * *                 ; 11,26,41,56 | 0-23 | 1-31 | 1-12 | 0-6
            stuff               ; @hourly                      ; 56 | 0-23 | 1-31 | 1-12 | 0-6
            stuff               ; @midnight                    ; 56 | 0 | 1-31 | 1-12 | 0-6
            junk                ; @hourly                      ; 20 | 0-23 | 1-31 | 1-12 | 0-6
            junk                ; H(0-15)/3 * * * *            ; 2,5,8,11,14 | 0-23 | 1-31 | 1-12 | 0-6
            junk                ; H(0-3)/4 * * * *             ; 2 | 0-23 | 1-31 | 1-12 | 0-6
            my-folder/nightly-release ; H H H H H              ; 19 | 10 | 8 | 11 | 6
            org/team/deploy     ; H H * * H                    ; 59 | 8 | 1-31 | 1-12 | 2
            """)
    void goldenValuesMatchJenkins(String job, String spec, String expected) {
        assertThat(describe(schedule(spec, Optional.of(job)).lines().get(0))).isEqualTo(expected);
    }

    @Test
    void drawsContinueFromOneLineToTheNext() {
        // Jenkins' CronTabTest.repeatedHash: one Hash for the whole list gives minutes 35 and 56
        CronSchedule schedule = schedule("H * * * *\nH * * * *", Optional.of("seed"));

        assertThat(schedule.lines()).extracting(l -> CronTestSupport.values(l.minutes(), 0, 59)).containsExactly("35", "56");
    }

    @Test
    void goldenValuesForASecondLineWorkedOutByHand() {
        CronSchedule schedule = schedule("H H * * *\nH H * * H", Optional.of("org/team/deploy"));

        assertThat(schedule.lines()).extracting(CronTestSupport::describe)
                .containsExactly("59 | 8 | 1-31 | 1-12 | 0-6", "27 | 15 | 1-31 | 1-12 | 6");
    }

    @Test
    void theSeedIsTheFoldedDigestReadBigEndian() {
        assertThat(CronHash.seedOf("stuff")).isEqualTo(2004155035988854569L);
        assertThat(CronHash.seedOf("seed")).isEqualTo(2861380906562215379L);
    }
}
