package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cron schedule on two servers sharing one real PostgreSQL ({@link PostgresSchema}): the servers' real
 * Quartz schedulers, clustered on Quartz's JDBC job store, fire each scheduled minute once between them,
 * and each fire's build runs once. The servers run on a {@link MinutePerPeriodClock}, on which each
 * 1.5 s of real time is the last 1.5 s of the next minute, so that twenty minutes of a Jenkins schedule
 * pass in thirty seconds with nothing but the clock changed. (A fire that Quartz delivers more than a
 * period late skips a minute, as a late fire does: the period leaves room for a loaded machine.)
 */
class CronAcrossServersTest {

    private static final Duration PERIOD = Duration.ofMillis(1500);
    private static final int FIRES = 20;
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Tick') {
                        steps {
                            echo "tick ${env.BUILD_NUMBER}"
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Test
    void twentyCronFiresOnTwoServersQueueTwentyBuildsThatEachRunOnce() throws Exception {
        MinutePerPeriodClock clock = new MinutePerPeriodClock(hurriedFrom(), PERIOD);
        try (TestServer a = start("a", clock); TestServer b = start("b", clock)) {
            clock.hurry();
            // fires at minutes 0 to 19 of the hour that the hurried clock enters one period from now
            var created = a.post("/api/jobs", Map.of("name", "tick", "pipeline", PIPELINE,
                    "triggers", Map.of("cron", "0-" + (FIRES - 1) + " " + clock.hurriedHour() + " * * *")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            // past the last scheduled minute (the next fire is a day away), and every build ended
            long deadline = System.nanoTime() + PERIOD.multipliedBy(FIRES + 2).plusSeconds(40).toNanos();
            while (!(clock.minutesHurried() > FIRES && allEnded(b)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            JsonNode builds = b.get("/api/jobs/tick/builds").json();
            assertThat(builds).as("builds after %d scheduled fires", FIRES).hasSize(FIRES);
            for (int number = 1; number <= FIRES; number++) {
                JsonNode build = a.awaitEnd("tick", number);
                assertThat(build.path("status").asText()).as("build #%d", number).isEqualTo("SUCCESS");
                assertThat(build.path("cause").asText()).isEqualTo("Started by timer");
                String log = b.log("tick", number);
                assertThat(Pattern.compile("tick " + number + "\\b").matcher(log).results().count())
                        .as("build #%d ran once; log:%n%s", number, log).isEqualTo(1);
            }
            assertThat(postgres.count("SELECT COUNT(*) FROM builds WHERE server_id NOT IN ('"
                    + id("a") + "', '" + id("b") + "')")).isZero();
            assertThat(postgres.count("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE instance_name IN ('"
                    + id("a") + "', '" + id("b") + "')")).as("both Quartz nodes checked in to the cluster").isEqualTo(2);
        }
    }

    /** 02:00 of a fixed day in the servers' zone (their cron runs in the system's zone). */
    private static java.time.Instant hurriedFrom() {
        return LocalDate.of(2030, 1, 7).atTime(2, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static boolean allEnded(TestServer server) {
        JsonNode builds = server.get("/api/jobs/tick/builds").json();
        for (JsonNode build : builds) {
            if (Set.of("QUEUED", "RUNNING").contains(build.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    private TestServer start(String server, MinutePerPeriodClock clock) {
        ServerSettings settings = ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
        return TestServer.start(SlipwayServer.Options.of(settings).withClock(clock)
                .withCluster(new ClusterSettings(null, Duration.ofSeconds(15), data.resolve("shared-builds"))));
    }

    private String id(String server) throws java.io.IOException {
        return Files.readString(data.resolve(server).resolve("server-id")).trim();
    }
}
