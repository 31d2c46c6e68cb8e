package io.slipway.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes plugin's {@code container('name') { }} step, through the API. */
class ContainerStepRunTest {

    @TempDir
    Path data;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode run(String job, String pipeline) {
        var created = server.post("/api/jobs", Map.of("name", job, "pipeline", pipeline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var triggered = server.post("/api/jobs/" + job + "/builds", Map.of());
        assertThat(triggered.status()).as(triggered.body()).isEqualTo(201);
        return server.awaitEnd(job, triggered.json().get("number").asInt());
    }

    @Test
    void anotherContainerFailsTheBuildAsNotSupportedYetNamingTheLine() {
        JsonNode build = run("maven-in-container", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                container('maven') {
                                    sh 'echo should-not-run'
                                }
                            }
                        }
                    }
                }
                """);
        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        String log = server.log("maven-in-container", 1);
        assertThat(log).contains("Jenkinsfile:6:17: container('maven') is not supported yet: steps of a kubernetes"
                + " agent run in its 'slipway-agent' container");
        assertThat(log).doesNotContain("should-not-run\n");
    }

    @Test
    void theAgentContainerRunsItsBlock() {
        JsonNode build = run("agent-container", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                container('slipway-agent') {
                                    sh 'echo inside-the-agent-container'
                                }
                            }
                        }
                    }
                }
                """);
        assertThat(build.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(server.log("agent-container", 1)).contains("inside-the-agent-container");
    }
}
