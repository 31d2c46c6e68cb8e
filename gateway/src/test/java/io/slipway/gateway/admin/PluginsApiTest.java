package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginsApiTest extends NodeTest {

    @Test
    void kongTutorialRateLimitingFormIsValidatedAndFilledWithDefaults() {
        // curl -i -X POST http://localhost:8001/plugins --data name=rate-limiting --data config.minute=5 --data config.policy=local
        var plugin = admin.form("POST", "/plugins", "name=rate-limiting", "config.minute=5", "config.policy=local");
        assertThat(plugin.status()).isEqualTo(201);
        assertThat(plugin.json().get("config").get("minute").asInt()).isEqualTo(5);
        assertThat(plugin.json().get("enabled").asBoolean()).isTrue();
        assertThat(plugin.json().get("service").isNull()).isTrue();
        assertThat(plugin.json().get("protocols")).hasSize(4);
        assertThat(plugin.json().get("config").size()).isGreaterThan(2);

        var bad = admin.form("POST", "/plugins", "name=rate-limiting", "config.minute=lots");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("name").asText()).isEqualTo("schema violation");
        assertThat(bad.json().get("fields").get("config").has("minute")).isTrue();
        assertThat(bad.json().get("message").asText()).contains("config.minute");

        var unknown = admin.post("/plugins", "{\"name\":\"no-such-plugin\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get("name").asText())
                .isEqualTo("plugin 'no-such-plugin' not enabled; add it to the 'plugins' configuration property");
    }

    @Test
    void pluginsAreScopedThroughTheNestedPaths() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        created("/services/svc/routes", "{\"name\":\"r\",\"paths\":[\"/a\"]}");
        created("/consumers", "{\"username\":\"luka\"}");
        // curl -X POST http://localhost:8001/services/svc/plugins --data name=key-auth --data config.key_names=apikey
        var keyAuth = admin.form("POST", "/services/svc/plugins", "name=key-auth", "config.key_names=apikey");
        assertThat(keyAuth.status()).isEqualTo(201);
        assertThat(keyAuth.json().get("service").get("id").asText()).isEqualTo(id(admin.get("/services/svc").json()));
        assertThat(keyAuth.json().get("config").get("key_names").toString()).isEqualTo("[\"apikey\"]");
        var onRoute = admin.form("POST", "/routes/r/plugins", "name=cors");
        assertThat(onRoute.status()).isEqualTo(201);
        assertThat(onRoute.json().get("route").get("id").isTextual()).isTrue();
        var onConsumer = admin.form("POST", "/consumers/luka/plugins", "name=rate-limiting", "config.second=1");
        assertThat(onConsumer.status()).isEqualTo(201);

        assertThat(admin.get("/services/svc/plugins").json().get("data")).hasSize(1);
        assertThat(admin.get("/routes/r/plugins").json().get("data")).hasSize(1);
        assertThat(admin.get("/consumers/luka/plugins").json().get("data")).hasSize(1);
        assertThat(admin.get("/plugins").json().get("data")).hasSize(3);

        var duplicate = admin.form("POST", "/services/svc/plugins", "name=key-auth");
        assertThat(duplicate.status()).isEqualTo(409);
        var patched = admin.patch("/plugins/" + id(keyAuth.json()), "{\"enabled\":false,\"config\":{\"hide_credentials\":true}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("enabled").asBoolean()).isFalse();
        assertThat(patched.json().get("config").get("key_names").toString()).isEqualTo("[\"apikey\"]");
        assertThat(patched.json().get("config").get("hide_credentials").asBoolean()).isTrue();
        assertThat(admin.delete("/plugins/" + id(onRoute.json())).status()).isEqualTo(204);
    }

    @Test
    void enabledPluginsAndSchemasAreListed() {
        var enabled = admin.get("/plugins/enabled");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("enabled_plugins").toString()).contains("key-auth", "rate-limiting", "jwt");
        assertThat(admin.get("/plugins/schema/key-auth").status()).isEqualTo(200);
        assertThat(admin.get("/schemas/plugins/rate-limiting").status()).isEqualTo(200);
        assertThat(admin.get("/schemas/plugins/nope").status()).isEqualTo(404);
    }
}
