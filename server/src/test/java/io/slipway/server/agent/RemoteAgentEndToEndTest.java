package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real agent process, connected over real HTTP on loopback, runs a build labelled for it. */
@SlipwayTest
class RemoteAgentEndToEndTest {

    @TempDir
    Path temp;

    TestServer server;

    @BeforeEach
    void useServer(TestServer server) {
        this.server = server;
    }

    private String createAgent(String name, List<String> labels) {
        var created = server.post("/api/agents", Map.of("name", name, "labels", labels));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo(name);
        return created.json().get("token").asText();
    }

    @Test
    void aLabelledBuildRunsItsShellStepsInTheAgentsWorkDirAndStreamsTheLogBack() throws Exception {
        String token = createAgent("build-7", List.of());
        Path work = temp.resolve("agent-work");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux,docker", work, "--executors", "2")) {
            agent.awaitOutput("connected to");
            int number = server.startInline("on-agent", """
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
                                        def big = sh(script: 'head -c 300000 /dev/zero | tr "\\\\0" x', returnStdout: true)
                                        echo "big output: ${big.trim().length()} characters"
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
                    "read back: written on the agent", "exists: true", "big output: 300000 characters", workspace.resolve("sub").toString());
            assertThat(Files.readString(workspace.resolve("out.txt")).trim()).isEqualTo("built");
            assertThat(Files.readString(workspace.resolve("where.txt")).trim()).isEqualTo(workspace.toString());
            assertThat(server.dataDir().resolve("workspaces").resolve("on-agent").resolve("out.txt")).doesNotExist();

            JsonNode shown = server.get("/api/agents/build-7").json();
            assertThat(shown.get("status").asText()).isEqualTo("online");
            assertThat(shown.get("labels").findValuesAsText("")).isEmpty();
            assertThat(shown.toString()).contains("linux", "docker").doesNotContain(token);
            assertThat(shown.get("executors").asInt()).isEqualTo(2);
        }
    }

    @Test
    void secretsAreMaskedAndStashesArtifactsAndTestReportsTravelThroughTheServer() throws Exception {
        var credential = server.post("/api/credentials", Map.of("id", "deploy-token", "type", "string",
                "secret", "s3cr3t-value-42"));
        assertThat(credential.status()).as(credential.body()).isEqualTo(201);
        String token = createAgent("files-1", List.of());
        Path work = temp.resolve("agent-work");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", work)) {
            agent.awaitOutput("connected to");
            int number = server.startInline("files", """
                    pipeline {
                        agent none
                        stages {
                            stage('Make') {
                                agent { label 'linux' }
                                steps {
                                    withCredentials([string(credentialsId: 'deploy-token', variable: 'TOKEN')]) {
                                        sh 'echo "token is $TOKEN"'
                                    }
                                    sh 'mkdir -p out && echo "v1" > out/app.txt && echo junk > out/app.tmp'
                                    stash name: 'app', includes: 'out/**', excludes: '**/*.tmp'
                                    archiveArtifacts artifacts: 'out/*.txt'
                                }
                            }
                            stage('Use') {
                                agent { label 'linux' }
                                steps {
                                    dir('again') {
                                        unstash 'app'
                                        sh 'cat out/app.txt; test ! -e out/app.tmp'
                                    }
                                    writeFile file: 'reports/TEST-a.xml', text: '<testsuite name="a"><testcase classname="A" name="works"/><testcase classname="A" name="breaks"><failure message="boom"/></testcase></testsuite>'
                                    junit 'reports/*.xml'
                                }
                            }
                        }
                    }
                    """);
            JsonNode build = server.awaitEnd("files", number);
            String log = server.log("files", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("UNSTABLE");
            assertThat(build.at("/tests/total").asInt()).isEqualTo(2);
            assertThat(build.at("/tests/failed").asInt()).isEqualTo(1);
            assertThat(log).contains("token is ****").doesNotContain("s3cr3t-value-42");
            assertThat(log.lines()).contains("v1");
            Path artifact = server.dataDir().resolve("builds").resolve("files").resolve(Integer.toString(number))
                    .resolve("artifacts").resolve("out").resolve("app.txt");
            assertThat(Files.readString(artifact).trim()).isEqualTo("v1");
            assertThat(agent.output()).doesNotContain("s3cr3t-value-42");
        }
    }

    @Test
    void aBuildWaitsInTheQueueForAMatchingAgentAndIsAbortableThere() throws Exception {
        String pipeline = """
                pipeline {
                    agent { label 'gpu' }
                    stages {
                        stage('Train') {
                            steps {
                                sh 'echo "training on $NODE_NAME"'
                            }
                        }
                    }
                }
                """;
        int waiting = server.startInline("train", pipeline);
        server.awaitLog("train", waiting, "Waiting for an agent with label 'gpu'");
        assertThat(server.get("/api/jobs/train/builds/" + waiting).json().get("status").asText()).isEqualTo("QUEUED");
        var aborted = server.post("/api/jobs/train/builds/" + waiting + "/abort", Map.of());
        assertThat(aborted.status()).as(aborted.body()).isEqualTo(200);
        assertThat(server.awaitEnd("train", waiting).get("status").asText()).isEqualTo("ABORTED");

        int second = server.trigger("train");
        server.awaitLog("train", second, "Waiting for an agent with label 'gpu'");
        String token = createAgent("gpu-box", List.of("gpu"));
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "", temp.resolve("gpu-work"))) {
            JsonNode build = server.awaitEnd("train", second);
            String log = server.log("train", second);
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            assertThat(log).contains("training on gpu-box");
            assertThat(log.split("Waiting for an agent", -1)).hasSize(2);
        }
    }

    @Test
    void aBadLabelExpressionFailsTheBuildNamingThePosition() {
        int number = server.startInline("bad-label", """
                pipeline {
                    agent { label 'linux &&' }
                    stages {
                        stage('A') {
                            steps {
                                echo 'never'
                            }
                        }
                    }
                }
                """);
        JsonNode build = server.awaitEnd("bad-label", number);
        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(server.log("bad-label", number))
                .contains("label expression 'linux &&': expected a label, '!' or '(' but the expression ended at position 9");
    }

    @Test
    void twoBuildsOfOneJobOnOneAgentGetTheirOwnWorkspaces() throws Exception {
        String token = createAgent("twin", List.of());
        Path work = temp.resolve("twin-work");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", work, "--executors", "2")) {
            agent.awaitOutput("connected to");
            Path go = temp.resolve("go");
            int first = server.startInline("twins", """
                    pipeline {
                        agent { label 'linux' }
                        stages {
                            stage('Hold') {
                                steps {
                                    sh 'echo "in $(pwd)"; for i in $(seq 1 600); do [ -f "%s" ] && exit 0; sleep 0.1; done; exit 1'
                                }
                            }
                        }
                    }
                    """.formatted(go));
            int second = server.trigger("twins");
            server.awaitLog("twins", first, "in " + work);
            server.awaitLog("twins", second, "in " + work);
            Files.writeString(go, "go");
            assertThat(server.awaitEnd("twins", first).get("status").asText()).isEqualTo("SUCCESS");
            assertThat(server.awaitEnd("twins", second).get("status").asText()).isEqualTo("SUCCESS");
            assertThat(server.log("twins", first) + server.log("twins", second))
                    .contains("in " + work.resolve("workspace").resolve("twins") + "\n",
                            "in " + work.resolve("workspace").resolve("twins@2") + "\n");
        }
    }
}
