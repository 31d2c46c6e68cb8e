package io.slipway.server.trigger.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.git.GitFixture;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timers in Quartz's JDBC job store on a real PostgreSQL, each test in a fresh schema ({@link PostgresSchema}:
 * skipped when {@code SLIPWAY_TEST_PG_URL} is unset, except under {@code CI=true}, where that fails). Two
 * servers firing one schedule between them: {@code io.slipway.server.cluster.CronAcrossServersTest}.
 */
class CronOnPostgresTest {

    @TempDir
    Path data;
    @TempDir
    Path repos;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    private ServerSettings settings() {
        return ServerSettings.forTests(data, TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    @Test
    void pollingAndMultibranchKeepTheirStateOnPostgres() {
        try (GitFixture repo = GitFixture.create(repos.resolve("app"));
                TestServer server = TestServer.start(settings())) {
            repo.commit("first", Map.of("Jenkinsfile", "pipeline { agent any\n stages { stage('s') { steps { echo 'x' } } } }"));
            server.post("/api/jobs", Map.of("name", "app", "repository", Map.of("url", repo.url()),
                    "triggers", Map.of("pollSCM", "H/5 * * * *")));
            server.send(server.request("/git/notifyCommit?url=" + repo.url(), null).GET());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (server.get("/api/jobs/app/polling").json().path("polls").isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(server.get("/api/jobs/app/polling").json().path("polls").get(0).path("outcome").asText())
                    .isEqualTo("NEW_COMMIT");
            TestServer.Reply project = server.post("/api/jobs", Map.of("name", "mb", "kind", "multibranch",
                    "repository", Map.of("url", repo.url())));
            assertThat(project.json().path("branches").get(0).path("job").asText()).isEqualTo("mb/main");
        }
    }

    @Test
    void aNightlyScheduleSurvivesARestartOnPostgresAndItsMissedFiresRunOnce() {
        ServerSettings settings = settings();
        String pipeline = "pipeline { agent any\n stages { stage('s') { steps { echo 'nightly' } } } }";
        try (TestServer server = TestServer.start(settings)) {
            assertThat(server.post("/api/jobs", Map.of("name", "nightly", "pipeline", pipeline,
                    "triggers", Map.of("cron", "H 3 * * *"))).status()).isEqualTo(201);
            assertThat(server.get("/api/jobs/nightly/triggers").json().path("cron").path("nextFireTimes")).hasSize(5);
        }
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(2).plusHours(1));
        try (TestServer server = TestServer.start(SlipwayServer.Options.of(settings).withClock(later))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (server.get("/api/jobs/nightly/builds/1").status() != 200 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            JsonNode build = server.awaitEnd("nightly", 1);
            assertThat(build.path("cause").asText()).isEqualTo("Started by timer");
            assertThat(server.get("/api/jobs/nightly/builds").json()).hasSize(1);
        }
    }
}
