package io.slipway.server.trigger.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamTriggerTest {

    @TempDir
    Path data;

    private static String pipeline(String triggers, String step) {
        return "pipeline {\n agent any\n" + triggers + "\n stages { stage('s') { steps { " + step + " } } }\n}\n";
    }

    @Test
    void downstreamJobsBuildWhenAnUpstreamResultMeetsTheirThreshold() {
        try (TestServer server = TestServer.start(data)) {
            create(server, Map.of("name", "a", "pipeline", pipeline("", "echo 'a'")));
            create(server, Map.of("name", "b", "pipeline", pipeline("", "unstable('flaky tests')")));
            create(server, Map.of("name", "c", "pipeline", pipeline("", "error('broken')")));
            create(server, Map.of("name", "strict", "pipeline", pipeline(
                    "triggers { upstream(upstreamProjects: 'a, b', threshold: hudson.model.Result.SUCCESS) }",
                    "echo 'strict'")));
            create(server, Map.of("name", "lenient", "pipeline", pipeline("", "echo 'lenient'"),
                    "triggers", Map.of("upstream", Map.of("upstreamProjects", "b", "threshold", "UNSTABLE"))));
            create(server, Map.of("name", "always", "pipeline", pipeline("", "echo 'always'"),
                    "triggers", Map.of("upstream", Map.of("upstreamProjects", "c",
                            "threshold", "hudson.model.Result.FAILURE"))));
            assertThat(server.get("/api/jobs/strict/triggers").json().path("upstream").path("upstreamProjects").asText())
                    .isEqualTo("a, b");

            server.post("/api/jobs/a/builds", "");
            JsonNode strict = server.awaitBuild("strict", 1, Duration.ofSeconds(60));
            assertThat(strict.path("cause").asText()).isEqualTo("Started by upstream project a build number 1");
            assertThat(server.awaitEnd("strict", 1).path("status").asText()).isEqualTo("SUCCESS");

            server.post("/api/jobs/b/builds", "");
            assertThat(server.awaitEnd("b", 1).path("status").asText()).isEqualTo("UNSTABLE");
            // lenient and strict are decided in the same pass when b ends: once lenient built, strict has decided
            JsonNode lenient = server.awaitBuild("lenient", 1, Duration.ofSeconds(60));
            assertThat(lenient.path("cause").asText()).isEqualTo("Started by upstream project b build number 1");
            assertThat(server.get("/api/jobs/strict/builds").json()).hasSize(1);

            server.post("/api/jobs/c/builds", "");
            assertThat(server.awaitEnd("c", 1).path("status").asText()).isEqualTo("FAILURE");
            assertThat(server.awaitBuild("always", 1, Duration.ofSeconds(60)).path("cause").asText())
                    .isEqualTo("Started by upstream project c build number 1");
        }
    }

    @Test
    void anUnknownThresholdIsRefusedNamingTheField() {
        try (TestServer server = TestServer.start(data)) {
            TestServer.Reply reply = server.post("/api/jobs", Map.of("name", "x", "pipeline", pipeline("", "echo 'x'"),
                    "triggers", Map.of("upstream", Map.of("upstreamProjects", "a", "threshold", "GREEN"))));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("triggers.upstream.threshold").contains("SUCCESS, UNSTABLE, FAILURE");
        }
    }

    private static void create(TestServer server, Map<String, Object> job) {
        TestServer.Reply reply = server.post("/api/jobs", job);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
