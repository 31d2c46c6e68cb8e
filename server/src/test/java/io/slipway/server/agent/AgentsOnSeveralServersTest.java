package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.cluster.ClusterSettings;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one real PostgreSQL (skipped without {@code SLIPWAY_TEST_PG_URL}, failing under {@code CI=true}):
 * an agent created through one and connected to the other gets the labelled builds queued through either,
 * because only the server its agent is connected to claims them.
 */
class AgentsOnSeveralServersTest {

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    private TestServer start(String server) {
        return TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                        .withDatabase(postgres.url(), postgres.user(), postgres.password()))
                .withCluster(new ClusterSettings(null, Duration.ofSeconds(15), data.resolve("shared-builds"))));
    }

    @Test
    void labelledBuildsQueuedThroughEitherServerRunOnTheServerTheAgentIsConnectedTo() throws Exception {
        try (TestServer a = start("a"); TestServer b = start("b")) {
            var created = a.post("/api/agents", Map.of("name", "only-on-b", "labels", java.util.List.of("linux")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(a.post("/api/jobs", Map.of("name", "labelled", "pipeline", """
                    pipeline {
                        agent { label 'linux' }
                        stages {
                            stage('Work') {
                                steps {
                                    sh 'echo "ran build $BUILD_NUMBER on $NODE_NAME"'
                                }
                            }
                        }
                    }
                    """)).status()).isEqualTo(201);
            try (AgentProcess agent = AgentProcess.start(b.base(), created.json().get("token").asText(), "",
                    data.resolve("agent"))) {
                agent.awaitOutput("connected to");
                for (int i = 0; i < 6; i++) {
                    TestServer via = i % 2 == 0 ? a : b;
                    assertThat(via.post("/api/jobs/labelled/builds", Map.of()).status()).isEqualTo(201);
                }
                String serverB = Files.readString(data.resolve("b").resolve("server-id")).trim();
                for (int number = 1; number <= 6; number++) {
                    JsonNode build = a.awaitEnd("labelled", number);
                    String log = b.log("labelled", number);
                    assertThat(build.path("status").asText()).as(log).isEqualTo("SUCCESS");
                    assertThat(log).contains("ran build " + number + " on only-on-b");
                    assertThat(postgres.text("SELECT server_id FROM builds WHERE job_name = 'labelled' AND number = "
                            + number)).isEqualTo(serverB);
                }
            }
        }
    }
}
