package io.slipway.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlipwayTest
class JobsApiTest {

    private static final String HELLO = """
            pipeline {
                agent any
                stages {
                    stage('Hello') {
                        steps { echo 'hi' }
                    }
                }
            }
            """;

    @Test
    void aRepositoryJobIsCreatedListedReadReplacedAndDeleted(TestServer server) {
        var created = server.post("/api/jobs", Map.of("name", "app",
                "repository", Map.of("url", "file:///tmp/app.git", "branch", "dev")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/repository/scriptPath").asText()).isEqualTo("Jenkinsfile");

        assertThat(server.get("/api/jobs").json().findValuesAsText("name")).containsExactly("app");
        assertThat(server.get("/api/jobs/app").json().at("/repository/branch").asText()).isEqualTo("dev");

        var replaced = server.put("/api/jobs/app", Map.of("pipeline", HELLO));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(server.get("/api/jobs/app").json().get("pipeline").asText()).contains("stage('Hello')");

        assertThat(server.delete("/api/jobs/app").status()).isEqualTo(204);
        assertThat(server.get("/api/jobs/app").status()).isEqualTo(404);
    }

    @Test
    void aBadJobNameIsRejectedNamingTheField(TestServer server) {
        var reply = server.post("/api/jobs", Map.of("name", "../etc", "pipeline", HELLO));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("name");
    }

    @Test
    void aJobNeedsARepositoryUrlOrAPipeline(TestServer server) {
        var reply = server.post("/api/jobs", Map.of("name", "x", "repository", Map.of("branch", "main")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("repository.url");
        assertThat(server.post("/api/jobs", Map.of("name", "y")).json().at("/fields/0/reason").asText())
                .contains("either 'repository' or 'pipeline'");
    }

    @Test
    void anInvalidInlinePipelineIsRejectedWithFileLineAndColumn(TestServer server) {
        var reply = server.post("/api/jobs", Map.of("name", "broken", "pipeline", "pipeline {\n  stages {\n"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/reason").asText()).matches("Jenkinsfile:\\d+:\\d+: .*");
        assertThat(server.get("/api/jobs/broken").status()).isEqualTo(404);
    }

    @Test
    void aSecondJobWithTheSameNameIsAConflict(TestServer server) {
        assertThat(server.post("/api/jobs", Map.of("name", "dup", "pipeline", HELLO)).status()).isEqualTo(201);
        assertThat(server.post("/api/jobs", Map.of("name", "dup", "pipeline", HELLO)).status()).isEqualTo(409);
    }

    @Test
    void malformedJsonIsA400NamingTheBody(TestServer server) {
        var reply = server.post("/api/jobs", "{not json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("body");
    }

    @Test
    void sampleJobsAreLoadedOnFirstStartOnly(@TempDir Path other, @TempDir Path samples) throws Exception {
        Path hello = Files.createDirectories(samples.resolve("jobs/hello"));
        Files.writeString(hello.resolve("job.json"), "{\"description\": \"says hello\"}");
        Files.writeString(hello.resolve("Jenkinsfile"), HELLO);
        var settings = ServerSettings.forTests(other, TestServer.TOKEN).withSamples(samples);
        try (var first = TestServer.start(settings)) {
            assertThat(first.get("/api/jobs/hello").json().get("description").asText()).isEqualTo("says hello");
            first.delete("/api/jobs/hello");
        }
        try (var second = TestServer.start(settings)) {
            assertThat(second.get("/api/jobs/hello").status()).isEqualTo(404);
        }
    }
}
