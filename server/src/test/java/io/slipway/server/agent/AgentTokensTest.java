package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents as entities: per-agent tokens shown once, admin-only API, revocation that disconnects at once. */
@SlipwayTest
class AgentTokensTest {

    @TempDir
    Path temp;

    @Test
    void anAgentsTokenIsShownOnceAndNeverListed(TestServer server) {
        var created = server.post("/api/agents", Map.of("name", "linux-1", "labels", List.of("linux", "docker"),
                "executors", 3));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().get("token").asText();
        assertThat(token).startsWith("slwa_").hasSizeGreaterThan(40);

        var one = server.get("/api/agents/linux-1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("status").asText()).isEqualTo("offline");
        assertThat(one.json().get("executors").asInt()).isEqualTo(3);
        assertThat(one.json().get("labels").toString()).isEqualTo("[\"linux\",\"docker\"]");
        assertThat(one.body()).doesNotContain(token).doesNotContain("token");
        var all = server.get("/api/agents");
        assertThat(all.json().size()).isEqualTo(1);
        assertThat(all.body()).doesNotContain(token);
    }

    @Test
    void badAgentsAreRefusedNamingTheField(TestServer server) {
        var badName = server.post("/api/agents", Map.of("name", "no spaces please"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("fields").get(0).get("field").asText()).isEqualTo("name");
        var badLabel = server.post("/api/agents", Map.of("name", "a1", "labels", List.of("ok", "a && b")));
        assertThat(badLabel.status()).isEqualTo(400);
        assertThat(badLabel.json().get("fields").get(0).get("field").asText()).isEqualTo("labels[1]");
        var badExecutors = server.post("/api/agents", Map.of("name", "a2", "executors", 0));
        assertThat(badExecutors.json().get("fields").get(0).get("field").asText()).isEqualTo("executors");
        assertThat(server.post("/api/agents", Map.of("name", "twice")).status()).isEqualTo(201);
        assertThat(server.post("/api/agents", Map.of("name", "twice")).status()).isEqualTo(409);
        assertThat(server.get("/api/agents/nobody").status()).isEqualTo(404);
    }

    @Test
    void aWrongTokenGets401WithAJsonBody(TestServer server) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /agent/connect HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: Bearer slwa_wrong\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 401").contains("application/json")
                    .contains("\"error\":\"agent token missing, wrong or revoked\"");
        }
    }

    @Test
    void revokingAConnectedAgentDisconnectsItAndItsTokenIsRefused(TestServer server) throws Exception {
        String token = server.post("/api/agents", Map.of("name", "doomed")).json().get("token").asText();
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", temp.resolve("work"))) {
            agent.awaitOutput("connected to");
            assertThat(server.get("/api/agents/doomed").json().get("status").asText()).isEqualTo("online");

            assertThat(server.delete("/api/agents/doomed").status()).isEqualTo(204);

            assertThat(agent.awaitExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertThat(agent.output()).contains("refused this agent's token (401)");
            assertThat(server.get("/api/agents/doomed").status()).isEqualTo(404);
            assertThat(server.get("/api/agents").json().size()).isZero();
        }
    }
}
