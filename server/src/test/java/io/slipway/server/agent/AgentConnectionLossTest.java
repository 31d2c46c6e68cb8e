package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.net.TcpRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to a build when its agent's network or process goes away: a cut connection loses no log line and
 * no result; an agent killed mid-build is offline after the heartbeat timeout, and its build is ABORTED naming
 * it, or run again on another agent where the pipeline asks for {@code retry(conditions: [agent()])}.
 */
class AgentConnectionLossTest {

    @TempDir
    Path temp;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(Duration heartbeatTimeout) {
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(temp.resolve("data"), TestServer.TOKEN))
                .withAgents(new AgentSettings(heartbeatTimeout)));
    }

    private String createAgent(String name) {
        var created = server.post("/api/agents", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("token").asText();
    }

    @Test
    void aConnectionCutMidBuildLosesNoLogLineAndTheBuildFinishes() throws Exception {
        start(Duration.ofSeconds(60));
        String token = createAgent("cut-1");
        try (TcpRelay relay = TcpRelay.start(server.server().port());
                AgentProcess agent = AgentProcess.start("http://127.0.0.1:" + relay.port(), token, "linux",
                        temp.resolve("work"))) {
            agent.awaitOutput("connected to");
            int number = server.startInline("counting", """
                    pipeline {
                        agent { label 'linux' }
                        stages {
                            stage('Count') {
                                steps {
                                    sh 'for i in $(seq 1 60); do echo "line $i"; sleep 0.05; done'
                                    echo 'after the count'
                                }
                            }
                        }
                    }
                    """);
            server.awaitLog("counting", number, "line 5");
            relay.cut();
            agent.awaitOutput("disconnected");
            relay.restore();

            JsonNode build = server.awaitEnd("counting", number);
            String log = server.log("counting", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            List<String> counted = log.lines().filter(l -> l.matches("line \\d+")).toList();
            assertThat(counted).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(i -> "line " + i).toList());
            assertThat(log).contains("after the count");
            assertThat(relay.connections()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anAgentKilledMidBuildGoesOfflineAndItsBuildIsAbortedNamingIt() throws Exception {
        start(Duration.ofSeconds(2));
        String token = createAgent("build-9");
        Path go = temp.resolve("go");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", temp.resolve("work"))) {
            agent.awaitOutput("connected to");
            int number = server.startInline("long", waitingPipeline(go, ""));
            server.awaitLog("long", number, "started on build-9");
            agent.kill();

            JsonNode build = server.awaitEnd("long", number);
            String log = server.log("long", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("ABORTED");
            assertThat(build.get("endReason").asText()).startsWith("agent build-9 went offline");
            assertThat(log).contains("agent build-9 went offline").doesNotContain("finished on");
            assertThat(server.get("/api/agents/build-9").json().get("status").asText()).isEqualTo("offline");
        }
    }

    @Test
    void withRetryOnAgentConditionsTheBuildRunsAgainOnAnotherAgent() throws Exception {
        start(Duration.ofSeconds(2));
        Path go = temp.resolve("go");
        try (AgentProcess first = AgentProcess.start(server.base(), createAgent("first"), "linux", temp.resolve("w1"))) {
            first.awaitOutput("connected to");
            int number = server.startInline("retried", waitingPipeline(go, "options { retry(count: 2, conditions: [agent()]) }"));
            server.awaitLog("retried", number, "started on first");
            try (AgentProcess second = AgentProcess.start(server.base(), createAgent("second"), "linux",
                    temp.resolve("w2"))) {
                second.awaitOutput("connected to");
                first.kill();
                server.awaitLog("retried", number, "started on second");
                Files.writeString(go, "go");

                JsonNode build = server.awaitEnd("retried", number);
                String log = server.log("retried", number);
                assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
                assertThat(log).contains("agent first went offline", "finished on second")
                        .doesNotContain("finished on first");
            }
        }
    }

    /** A build whose step says where it started, then waits (bounded) for the test's go file. */
    private static String waitingPipeline(Path go, String options) {
        return """
                pipeline {
                    agent { label 'linux' }
                    %s
                    stages {
                        stage('Wait') {
                            steps {
                                sh '''
                                    echo "started on $NODE_NAME"
                                    for i in $(seq 1 600); do
                                        if [ -f '%s' ]; then echo "finished on $NODE_NAME"; exit 0; fi
                                        sleep 0.1
                                    done
                                    exit 1
                                '''
                            }
                        }
                    }
                }
                """.formatted(options, go);
    }
}
