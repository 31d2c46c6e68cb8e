package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.remote.RemoteAgent;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.user.SecuritySettings;
import io.slipway.server.ui.WebSession;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name an agent process gives with {@code --name} is the one users see (API, Agents page, build logs,
 * {@code NODE_NAME}); its token still says which agent it is. A name another online agent uses is refused at
 * the handshake. Real agent processes over a real WebSocket on loopback.
 */
class AgentNamesTest {

    @TempDir
    Path temp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(temp.resolve("data"),
                TestServer.TOKEN)).withSecurity(SecuritySettings.forTests("admin-secret-1")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String createAgent(String id) {
        var created = server.post("/api/agents", Map.of("name", id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo(id);
        return created.json().get("token").asText();
    }

    /** The raw upgrade request an agent sends, with {@code token} and the name header; the server's whole answer. */
    private String handshake(String token, String name) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /agent/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: Bearer " + token + "\r\n"
                    + "X-Slipway-Agent-Name: " + name + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theNameAnAgentGivesIsShownInTheApiThePageAndTheBuildLogWhileItsTokenSaysWhichAgentItIs() throws Exception {
        String token = createAgent("token-7");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", temp.resolve("work"),
                "--name", "ci-box-1")) {
            agent.awaitOutput("as ci-box-1 (labels");

            JsonNode all = server.get("/api/agents").json();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).get("id").asText()).isEqualTo("token-7");
            assertThat(all.get(0).get("name").asText()).isEqualTo("ci-box-1");
            assertThat(all.get(0).get("status").asText()).isEqualTo("online");
            assertThat(server.get("/api/agents/token-7").json().get("name").asText()).isEqualTo("ci-box-1");
            assertThat(server.get("/api/agents/ci-box-1").json().get("id").asText()).isEqualTo("token-7");

            WebSession web = new WebSession(server);
            web.login("admin", "admin-secret-1");
            WebSession.Page page = web.get("/agents");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<td>ci-box-1 <span class=\"small muted\">(token of token-7)</span>");

            // Jenkins counts a node's name as one of its labels: the shown name works as a label too
            JsonNode build = server.runInline("named", """
                    pipeline {
                        agent { label 'ci-box-1' }
                        stages {
                            stage('Where') {
                                steps {
                                    sh 'echo "node is $NODE_NAME"'
                                }
                            }
                        }
                    }
                    """);
            String log = server.log("named", build.get("number").asInt());
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            assertThat(log).contains("Running on agent ci-box-1 in ", "node is ci-box-1").doesNotContain("token-7");

            assertThat(server.delete("/api/agents/ci-box-1").status()).isEqualTo(204);
            assertThat(agent.awaitExit(Duration.ofSeconds(60))).isEqualTo(RemoteAgent.EXIT_UNAUTHORIZED);
            assertThat(server.get("/api/agents/token-7").status()).isEqualTo(404);
        }
    }

    @Test
    void aNameAnotherOnlineAgentUsesIsRefusedWith409AndTheAgentSaysWhyButTheSameAgentMayComeBack() throws Exception {
        String first = createAgent("first");
        String second = createAgent("second");
        Path firstWork = temp.resolve("first-work");
        AgentProcess holder = AgentProcess.start(server.base(), first, "linux", firstWork, "--name", "shared-1");
        try {
            holder.awaitOutput("as shared-1 (labels");

            String taken = handshake(second, "shared-1");
            assertThat(taken).startsWith("HTTP/1.1 409").contains("application/json")
                    .contains("\"error\":\"agent name 'shared-1' is already used by another online agent\"")
                    .contains("\"field\":\"name\"");
            String malformed = handshake(second, "no spaces");
            assertThat(malformed).startsWith("HTTP/1.1 400").contains("\"field\":\"name\"")
                    .contains("must be 1-100 letters, digits");

            try (AgentProcess refused = AgentProcess.start(server.base(), second, "linux", temp.resolve("second-work"),
                    "--name", "shared-1")) {
                assertThat(refused.awaitExit(Duration.ofSeconds(60))).isEqualTo(RemoteAgent.EXIT_NAME_REFUSED);
                assertThat(refused.output()).contains("the server refused the name 'shared-1' (409: agent name"
                        + " 'shared-1' is already used by another online agent; name: 'shared-1' is the name of another"
                        + " online agent)").doesNotContain("connected to");
            }
            assertThat(server.get("/api/agents/second").json().get("status").asText()).isEqualTo("offline");

            // killed and started again with its own token: the server still counts the old process online, and
            // lets the same agent have its name back
            holder.kill();
            holder = AgentProcess.start(server.base(), first, "linux", firstWork, "--name", "shared-1");
            holder.awaitOutput("as shared-1 (labels");

            // revoked, it no longer holds the name
            assertThat(server.delete("/api/agents/first").status()).isEqualTo(204);
            try (AgentProcess taker = AgentProcess.start(server.base(), second, "linux", temp.resolve("second-work"),
                    "--name", "shared-1")) {
                taker.awaitOutput("as shared-1 (labels");
                JsonNode shown = server.get("/api/agents/shared-1").json();
                assertThat(shown.get("id").asText()).isEqualTo("second");
                assertThat(shown.get("status").asText()).isEqualTo("online");
            }
        } finally {
            holder.close();
        }
    }
}
