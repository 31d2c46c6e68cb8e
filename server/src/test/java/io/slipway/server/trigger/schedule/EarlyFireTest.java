package io.slipway.server.trigger.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz fires a trigger up to 2 ms before its time (its scheduler thread stops waiting once 2 ms are
 * left). A fire that comes before its minute must not arm the next fire at "the next minute after now",
 * which is the very minute it fires for: that minute would build twice.
 */
class EarlyFireTest {

    @TempDir
    Path data;

    @Test
    void aFireThatComesBeforeItsMinuteBuildsOnce() throws InterruptedException {
        SlowClock clock = new SlowClock();
        try (TestServer server = TestServer.start(
                SlipwayServer.Options.of(ServerSettings.forTests(data, TestServer.TOKEN)).withClock(clock))) {
            // Ten seconds before a minute on a clock 10% slow: Quartz waits the real time that the clock
            // asks for and fires while the clock still reads a little before the minute, an early fire.
            Instant minute = Instant.parse("2030-01-07T02:00:00Z");
            clock.set(minute.minusSeconds(10));
            assertThat(server.post("/api/jobs", Map.of("name", "tick", "pipeline", PIPELINE,
                    "triggers", Map.of("cron", "* * * * *"))).status()).isEqualTo(201);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (server.get("/api/jobs/tick/builds/1").status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(server.awaitEnd("tick", 1).path("cause").asText()).isEqualTo("Started by timer");
            // a second fire for the same minute would follow within milliseconds; give it a second
            while (clock.instant().isBefore(minute.plusSeconds(1)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(server.get("/api/jobs/tick/builds").json()).as("builds for one minute").hasSize(1);
        }
    }

    private static final String PIPELINE = """
            pipeline {
                agent any
                stages { stage('tick') { steps { echo 'tick' } } }
            }
            """;

    /** Real time until {@link #set}; from then on 10% slow from the reading set. Thread-safe. */
    private static final class SlowClock extends Clock {
        private volatile Instant origin;
        private volatile long originNanos;

        void set(Instant reading) {
            originNanos = System.nanoTime();
            origin = reading;
        }

        @Override
        public Instant instant() {
            Instant from = origin;
            return from == null ? Instant.now() : from.plusNanos((System.nanoTime() - originNanos) * 9 / 10);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the server under test takes its clock as it is");
        }
    }
}
