package io.slipway.server.trigger.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.dsl.cron.JenkinsCron;
import io.slipway.server.SlipwayServer;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlipwayTest
class CronTriggerTest {

    private static final String EVERY_MINUTE = """
            pipeline {
                agent any
                triggers { cron('* * * * *') }
                stages { stage('tick') { steps { echo 'tick' } } }
            }
            """;
    private static final String PLAIN = """
            pipeline {
                agent any
                stages { stage('one') { steps { echo 'one' } } }
            }
            """;

    @TempDir
    Path data;

    @Test
    void anEveryMinuteCronInTheJenkinsfileBuildsOnItsOwnStartedByTimer(TestServer server) {
        assertThat(server.post("/api/jobs", Map.of("name", "ticker", "pipeline", EVERY_MINUTE)).status())
                .isEqualTo(201);
        JsonNode cron = server.get("/api/jobs/ticker").json().path("triggers").path("cron");
        assertThat(cron.path("spec").asText()).isEqualTo("* * * * *");
        assertThat(cron.path("origin").asText()).isEqualTo("pipeline");
        List<Instant> next = instants(cron.path("nextFireTimes"));
        assertThat(next).hasSize(5);
        assertThat(Duration.between(next.get(0), next.get(1))).isEqualTo(Duration.ofMinutes(1));

        JsonNode build = server.awaitBuild("ticker", 1, Duration.ofSeconds(75));
        assertThat(build.path("cause").asText()).isEqualTo("Started by timer");
        assertThat(server.awaitEnd("ticker", 1).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(server.log("ticker", 1)).contains("Started by timer").contains("tick");
    }

    @Test
    void settingsTriggersHashByJobNameOverrideTheJenkinsfileAndChangesRescheduleAtOnce(TestServer server) {
        server.post("/api/jobs", Map.of("name", "nightly", "pipeline", EVERY_MINUTE,
                "triggers", Map.of("cron", "H 2 * * *")));
        JsonNode cron = server.get("/api/jobs/nightly/triggers").json().path("cron");
        assertThat(cron.path("origin").asText()).isEqualTo("settings");
        Instant first = instants(cron.path("nextFireTimes")).get(0);
        ZonedDateTime local = first.atZone(ZoneId.systemDefault());
        long minuteMask = JenkinsCron.parse("H 2 * * *", Optional.of("nightly")).schedule().orElseThrow()
                .lines().get(0).minutes();
        assertThat(local.getHour()).isEqualTo(2);
        assertThat(local.getMinute()).isEqualTo(Long.numberOfTrailingZeros(minuteMask));

        server.put("/api/jobs/nightly", Map.of("pipeline", PLAIN, "triggers", Map.of("pollSCM", "H/5 * * * *")));
        JsonNode changed = server.get("/api/jobs/nightly/triggers").json();
        assertThat(changed.has("cron")).isFalse();
        assertThat(changed.path("pollSCM").path("spec").asText()).isEqualTo("H/5 * * * *");

        assertThat(server.delete("/api/jobs/nightly").status()).isEqualTo(204);
        server.post("/api/jobs", Map.of("name", "nightly", "pipeline", PLAIN));
        JsonNode fresh = server.get("/api/jobs/nightly/triggers").json();
        assertThat(fresh.has("cron")).isFalse();
        assertThat(fresh.has("pollSCM")).isFalse();
    }

    @Test
    void anInvalidCronSpecIsRefusedNamingTheFieldAndNothingIsStored(TestServer server) {
        TestServer.Reply reply = server.post("/api/jobs", Map.of("name", "bad", "pipeline", PLAIN,
                "triggers", Map.of("cron", "61 * * * *")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("triggers.cron").contains("line 1");
        assertThat(server.get("/api/jobs/bad").status()).isEqualTo(404);
    }

    @Test
    void aScheduleMissedSeveralTimesWhileTheServerWasDownRunsOnceAfterRestart() {
        ServerSettings settings = ServerSettings.forTests(data, TestServer.TOKEN);
        try (TestServer server = TestServer.start(settings)) {
            server.post("/api/jobs", Map.of("name", "daily", "pipeline", PLAIN, "triggers", Map.of("cron", "0 3 * * *")));
        }
        // the server is down for three days and a bit: three or four 03:00 slots pass
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(3).plusHours(1));
        try (TestServer server = TestServer.start(SlipwayServer.Options.of(settings).withClock(later))) {
            JsonNode build = server.awaitBuild("daily", 1, Duration.ofSeconds(30));
            assertThat(build.path("cause").asText()).isEqualTo("Started by timer");
            server.awaitEnd("daily", 1);
            assertThat(server.get("/api/jobs/daily/builds").json()).hasSize(1);
            Instant next = instants(server.get("/api/jobs/daily/triggers").json().path("cron").path("nextFireTimes"))
                    .get(0);
            assertThat(next).isAfter(later.instant());
        }
    }

    private static List<Instant> instants(JsonNode array) {
        List<Instant> list = new ArrayList<>();
        array.forEach(n -> list.add(Instant.parse(n.asText())));
        return list;
    }
}
