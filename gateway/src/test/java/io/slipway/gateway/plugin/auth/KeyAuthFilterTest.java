package io.slipway.gateway.plugin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyAuthFilterTest {

    private final ConsumerIndex consumers = ConsumerIndex.builder()
            .consumer("c-1", "alice", null).keyAuth("k-1", "c-1", "secret-key")
            .consumer("c-anon", "anonymous", null)
            .build();

    private KeyAuthFilter filter(Map<String, ?> config) {
        return new KeyAuthFilter(PluginRegistry.validate("key-auth", config), consumers);
    }

    @Test
    void keyInHeaderIdentifiesTheConsumer() {
        TestExchange e = TestExchange.get("/a").header("apikey", "secret-key").run(filter(Map.of()));
        assertThat(e.passed).isTrue();
        assertThat(e.consumer().orElseThrow().username()).isEqualTo("alice");
        assertThat(e.consumer().orElseThrow().credentialId()).isEqualTo("k-1");
        assertThat(e.requestHeaders().get("apikey")).isEqualTo("secret-key");
    }

    @Test
    void keyInQueryIsRemovedWhenCredentialsAreHidden() {
        TestExchange e = TestExchange.get("/a?x=1&apikey=secret-key&y=2").run(filter(Map.of("hide_credentials", true)));
        assertThat(e.passed).isTrue();
        assertThat(e.query()).isEqualTo("x=1&y=2");
    }

    @Test
    void missingKeyIsRefusedWithAChallenge() {
        TestExchange e = TestExchange.get("/a").run(filter(Map.of()));
        assertThat(e.passed).isFalse();
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).isEqualTo("{\"message\":\"No API key found in request\"}");
        assertThat(e.responseHeaders.get("WWW-Authenticate")).isEqualTo("Key realm=\"kong\"");
    }

    @Test
    void unknownKeyIsRefused() {
        TestExchange e = TestExchange.get("/a").header("apikey", "guess").run(filter(Map.of()));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).contains("Invalid authentication credentials");
    }

    @Test
    void duplicateKeysInTheQueryAreRefused() {
        TestExchange e = TestExchange.get("/a?apikey=1&apikey=2").run(filter(Map.of()));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).contains("Duplicate API key found");
    }

    @Test
    void customKeyNamesAndHeaderOnlyLookup() {
        KeyAuthFilter f = filter(Map.of("key_names", List.of("x-api-key"), "key_in_query", false));
        assertThat(TestExchange.get("/a").header("X-API-Key", "secret-key").run(f).passed).isTrue();
        assertThat(TestExchange.get("/a?x-api-key=secret-key").run(f).status).isEqualTo(401);
    }

    @Test
    void anonymousConsumerIsUsedWhenNoKeyIsGiven() {
        TestExchange e = TestExchange.get("/a").run(filter(Map.of("anonymous", "anonymous")));
        assertThat(e.passed).isTrue();
        assertThat(e.consumer().orElseThrow().id()).isEqualTo("c-anon");
        assertThat(e.consumer().orElseThrow().credentialId()).isNull();
        assertThat(e.requestHeaders().get("X-Anonymous-Consumer")).isEqualTo("true");
    }

    @Test
    void anonymousThatDoesNotExistIsAServerError() {
        TestExchange e = TestExchange.get("/a").run(filter(Map.of("anonymous", "nobody")));
        assertThat(e.status).isEqualTo(500);
    }

    @Test
    void preflightPassesUnauthenticatedWhenRunOnPreflightIsOff() {
        TestExchange e = TestExchange.request("OPTIONS", "/a").run(filter(Map.of("run_on_preflight", false)));
        assertThat(e.passed).isTrue();
        assertThat(e.consumer()).isEmpty();
    }
}
