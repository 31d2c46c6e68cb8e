package io.slipway.gateway.plugin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasicAuthFilterTest {

    private final ConsumerIndex consumers = ConsumerIndex.builder()
            .consumer("c-1", "alice", "A-1")
            .basicAuth(new ConsumerIndex.BasicCredential("b-1", "c-1", "alice",
                    BCrypt.withDefaults().hashToString(4, "s3cret".toCharArray())))
            .build();

    private BasicAuthFilter filter(Map<String, ?> config) {
        return new BasicAuthFilter(PluginRegistry.validate("basic-auth", config), consumers);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rightPasswordIdentifiesTheConsumerAgainAndAgain() {
        BasicAuthFilter f = filter(Map.of());
        for (int i = 0; i < 3; i++) {
            TestExchange e = TestExchange.get("/").header("Authorization", basic("alice", "s3cret")).run(f);
            assertThat(e.passed).isTrue();
            assertThat(e.consumer().orElseThrow().customId()).isEqualTo("A-1");
            assertThat(e.requestHeaders().get("X-Credential-Username")).isEqualTo("alice");
        }
    }

    @Test
    void wrongPasswordUnknownUserAndGarbageAreRefused() {
        BasicAuthFilter f = filter(Map.of());
        TestExchange wrong = TestExchange.get("/").header("Authorization", basic("alice", "guess")).run(f);
        assertThat(wrong.status).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"message\":\"Invalid authentication credentials\"}");
        assertThat(TestExchange.get("/").header("Authorization", basic("bob", "s3cret")).run(f).status).isEqualTo(401);
        assertThat(TestExchange.get("/").header("Authorization", "Basic !!!").run(f).status).isEqualTo(401);
    }

    @Test
    void missingHeaderGetsABasicChallenge() {
        TestExchange e = TestExchange.get("/").run(filter(Map.of()));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(e.responseHeaders.get("WWW-Authenticate")).startsWith("Basic realm=");
    }

    @Test
    void proxyAuthorizationIsAcceptedAndHiddenCredentialsAreRemoved() {
        TestExchange e = TestExchange.get("/").header("Proxy-Authorization", basic("alice", "s3cret"))
                .run(filter(Map.of("hide_credentials", true)));
        assertThat(e.passed).isTrue();
        assertThat(e.requestHeaders().contains("Proxy-Authorization")).isFalse();
    }
}
