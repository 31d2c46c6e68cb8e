package io.slipway.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlipwayTest
class CredentialsApiTest {

    private static final String SECRET = "s3cr3t-value-that-must-not-leak";

    @TempDir
    Path data;

    @Test
    void aStoredSecretIsNeverReturnedAndIsEncryptedAtRest() throws Exception {
        try (var server = TestServer.start(data)) {
            var created = server.post("/api/credentials", Map.of("id", "deploy-token", "type", "string",
                    "description", "token for deploys", "secret", SECRET));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).doesNotContain(SECRET);

            var list = server.get("/api/credentials");
            assertThat(list.json().get(0).get("id").asText()).isEqualTo("deploy-token");
            assertThat(list.json().get(0).get("type").asText()).isEqualTo("string");
            assertThat(list.body()).doesNotContain(SECRET);
            assertThat(server.get("/api/credentials/deploy-token").body()).doesNotContain(SECRET);
        }
        byte[] db = Files.readAllBytes(data.resolve("slipway.mv.db"));
        assertThat(new String(db, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(data.resolve("master.key")).exists();
    }

    @Test
    void eachTypeNamesTheSecretFieldsItMisses(TestServer server) {
        var reply = server.post("/api/credentials", Map.of("id", "git", "type", "usernamePassword",
                "username", "bot"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("password");

        var badType = server.post("/api/credentials", Map.of("id", "x", "type", "certificate"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().at("/fields/0/reason").asText()).contains("'sshKey'");
    }

    @Test
    void aCredentialCanBeReplacedAndDeleted(TestServer server) {
        server.post("/api/credentials", Map.of("id", "key", "type", "sshKey", "privateKey", "-----KEY-----"));
        var replaced = server.put("/api/credentials/key", Map.of("type", "string", "secret", "other"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("type").asText()).isEqualTo("string");
        assertThat(server.delete("/api/credentials/key").status()).isEqualTo(204);
        assertThat(server.get("/api/credentials/key").status()).isEqualTo(404);
    }
}
