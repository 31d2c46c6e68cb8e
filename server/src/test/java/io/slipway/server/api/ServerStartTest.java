package io.slipway.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.server.SlipwayServer;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.user.SecuritySettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlipwayTest
class ServerStartTest {

    @TempDir
    Path data;

    @Test
    void healthAnswers200OnceTheServerIsReady(TestServer server) {
        var reply = server.getWithToken("/api/health", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void apiCallsWithoutAValidBearerTokenGet401AsJson(TestServer server) {
        var missing = server.getWithToken("/api/jobs", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("error").asText()).contains("Authorization");
        var wrong = server.getWithToken("/api/jobs", "not-the-token");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(server.get("/api/jobs").status()).isEqualTo(200);
    }

    @Test
    void aGeneratedAdminTokenIsIssuedOnFirstStartOnlyAndWorks() {
        var settings = ServerSettings.forTests(data, null);
        String token;
        try (var first = SlipwayServer.start(SlipwayServer.Options.of(settings))) {
            token = first.generatedAdminToken().orElseThrow();
        }
        try (var second = TestServer.start(settings)) {
            assertThat(second.server().generatedAdminToken()).isEmpty();
            assertThat(second.getWithToken("/api/jobs", token).status()).isEqualTo(200);
        }
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() throws Exception {
        try (var server = TestServer.start(data)) {
            assertThat(server.get("/api/jobs").status()).isEqualTo(200);
        }
        byte[] file = java.nio.file.Files.readAllBytes(data.resolve("slipway.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(TestServer.TOKEN);
    }

    @Test
    void aTooShortAdminPasswordStopsTheStartNamingTheVariableAndLeavesTheDataFolderUsable() {
        var settings = ServerSettings.forTests(data, TestServer.TOKEN);
        var options = SlipwayServer.Options.of(settings);
        assertThatThrownBy(() -> SlipwayServer.start(options.withSecurity(SecuritySettings.forTests("short"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SLIPWAY_ADMIN_PASSWORD must have at least");
        try (var server = TestServer.start(options.withSecurity(SecuritySettings.forTests("a-long-enough-password")))) {
            assertThat(server.get("/api/jobs").status()).isEqualTo(200);
            assertThat(server.server().generatedAdminPassword()).isEmpty();
        }
    }
}
