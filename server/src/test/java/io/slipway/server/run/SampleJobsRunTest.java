package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample jobs, loaded on first start, build successfully; logs stream as events. */
@SlipwayTest
class SampleJobsRunTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path data;

    @Test
    void theSampleJobsLoadOnFirstStartAndBuildSuccessfully() {
        var settings = ServerSettings.forTests(data, TestServer.TOKEN).withSamples(SAMPLES);
        try (var server = TestServer.start(settings)) {
            var hello = server.post("/api/jobs/hello/builds", Map.of("parameters", Map.of("WHO", "Slipway",
                    "SHOUT", true)));
            assertThat(hello.status()).as(hello.body()).isEqualTo(201);
            JsonNode build = server.awaitEnd("hello", 1);
            assertThat(build.get("status").asText()).as(server.log("hello", 1)).isEqualTo("SUCCESS");
            assertThat(server.log("hello", 1)).contains("Hello, Slipway!", "HELLO, SLIPWAY!", "Greeted.");

            assertThat(server.post("/api/jobs/parallel-checks/builds", "").status()).isEqualTo(201);
            JsonNode checks = server.awaitEnd("parallel-checks", 1);
            assertThat(checks.get("status").asText()).as(server.log("parallel-checks", 1)).isEqualTo("SUCCESS");
            assertThat(server.log("parallel-checks", 1)).contains("Archived");

            JsonNode nightly = server.get("/api/jobs/nightly/triggers").json();
            assertThat(nightly.toString()).as("the nightly job is scheduled").contains("H 2 * * *");
            assertThat(server.post("/api/jobs/nightly/builds", "").status()).isEqualTo(201);
            assertThat(server.awaitEnd("nightly", 1).get("status").asText()).as(server.log("nightly", 1))
                    .isEqualTo("SUCCESS");
            assertThat(server.log("nightly", 1)).contains("nightly report");
            assertThat(data.resolve("builds/parallel-checks/1/artifacts/beta.txt")).exists();
        }
    }

    @Test
    void theLogStreamsAsServerSentEventsAndResumesFromAnOffset(TestServer server) {
        server.createInlineJob("talk", """
                pipeline {
                    agent any
                    stages {
                        stage('Talk') {
                            steps {
                                echo 'first line'
                                sleep time: 300, unit: 'MILLISECONDS'
                                echo 'last line'
                            }
                        }
                    }
                }
                """);
        assertThat(server.post("/api/jobs/talk/builds", "").status()).isEqualTo(201);
        String stream = server.send(server.request("/api/jobs/talk/builds/1/log/stream", TestServer.TOKEN)).body();
        List<String> data = new ArrayList<>();
        String lastId = null;
        for (String line : stream.split("\n")) {
            if (line.startsWith("data: ")) {
                data.add(line.substring(6));
            } else if (line.startsWith("id: ")) {
                lastId = line.substring(4);
            }
        }
        assertThat(data).as(stream).contains("first line", "last line", "SUCCESS");
        assertThat(stream).contains("event: end");

        long middle = server.log("talk", 1).indexOf("last line");
        String resumed = server.send(server.request("/api/jobs/talk/builds/1/log/stream?offset=" + middle,
                TestServer.TOKEN)).body();
        assertThat(resumed).contains("data: last line").doesNotContain("first line");
        assertThat(lastId).isNotNull();
    }
}
