package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real agent process, connected over real HTTP on loopback, runs a build labelled for it. */
class RemoteAgentEndToEndTest {

    @TempDir
    Path temp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(temp.resolve("data"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String createAgent(String name, List<String> labels) {
        var created = server.post("/api/agents", Map.of("name", name, "labels", labels));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo(name);
        return created.json().get("token").asText();
    }

    private int trigger(String job, String pipeline) {
        var created = server.post("/api/jobs", Map.of("name", job, "pipeline", pipeline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var triggered = server.post("/api/jobs/" + job + "/builds", Map.of());
        assertThat(triggered.status()).as(triggered.body()).isEqualTo(201);
        return triggered.json().get("number").asInt();
    }

    @Test
    void aLabelledBuildRunsItsShellStepsInTheAgentsWorkDirAndStreamsTheLogBack() throws Exception {
        String token = createAgent("build-7", List.of());
        Path work = temp.resolve("agent-work");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux,docker", work, "--executors", "2")) {
            agent.awaitOutput("connected to");
            int number = trigger("on-agent", """
                    pipeline {
                        agent { label 'linux && !windows' }
                        stages {
                            stage('Build') {
                                steps {
                                    sh 'echo "marker from $NODE_NAME" && pwd > where.txt && echo built > out.txt'
                                    writeFile file: 'notes/hello.txt', text: 'written on the agent'
                                    script {
                                        def text = readFile 'notes/hello.txt'
                                        echo "read back: ${text}"
                                        echo "exists: ${fileExists('out.txt')}"
                                    }
                                }
                            }
                            stage('Test') {
                                steps {
                                    dir('sub') {
                                        sh 'pwd'
                                    }
                                }
                            }
                        }
                    }
                    """);
            JsonNode build = server.awaitEnd("on-agent", number);
            String log = server.log("on-agent", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            assertThat(build.get("stages").findValuesAsText("name")).contains("Build", "Test");
            Path workspace = work.resolve("workspace").resolve("on-agent");
            assertThat(log).contains("Running on agent build-7", "marker from build-7",
                    "read back: written on the agent", "exists: true", workspace.resolve("sub").toString());
            assertThat(Files.readString(workspace.resolve("out.txt")).trim()).isEqualTo("built");
            assertThat(Files.readString(workspace.resolve("where.txt")).trim()).isEqualTo(workspace.toString());
            assertThat(temp.resolve("data").resolve("workspaces").resolve("on-agent").resolve("out.txt")).doesNotExist();

            JsonNode shown = server.get("/api/agents/build-7").json();
            assertThat(shown.get("status").asText()).isEqualTo("online");
            assertThat(shown.get("labels").findValuesAsText("")).isEmpty();
            assertThat(shown.toString()).contains("linux", "docker").doesNotContain(token);
            assertThat(shown.get("executors").asInt()).isEqualTo(2);
        }
    }
}
