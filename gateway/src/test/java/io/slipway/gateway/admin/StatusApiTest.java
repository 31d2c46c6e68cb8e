package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusApiTest extends NodeTest {

    @Test
    void rootDescribesTheNode() {
        var root = admin.get("/");
        assertThat(root.status()).isEqualTo(200);
        var body = root.json();
        assertThat(body.get("hostname").asText()).isEqualTo("slipway-gateway");
        assertThat(body.get("node_id").asText()).hasSize(36);
        assertThat(body.get("version").asText()).startsWith("3.");
        assertThat(body.get("tagline").asText()).isNotBlank();
        assertThat(body.at("/plugins/available_on_server").has("key-auth")).isTrue();
        assertThat(body.at("/plugins/enabled_in_cluster")).isEmpty();
        assertThat(body.at("/configuration/database").asText()).isEqualTo("h2");
        created("/plugins", "{\"name\":\"cors\"}");
        assertThat(admin.get("/").json().at("/plugins/enabled_in_cluster").toString()).isEqualTo("[\"cors\"]");
    }

    @Test
    void configurationHashFollowsChangesAndIsStableOtherwise() {
        var empty = admin.get("/status").json();
        assertThat(empty.at("/database/reachable").asBoolean()).isTrue();
        assertThat(empty.get("configuration_hash").asText()).isEqualTo("00000000000000000000000000000000");
        assertThat(empty.has("server")).isTrue();
        assertThat(empty.has("memory")).isTrue();

        created("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000\"}");
        String afterCreate = admin.get("/status").json().get("configuration_hash").asText();
        assertThat(afterCreate).matches("[0-9a-f]{32}").isNotEqualTo(empty.get("configuration_hash").asText());
        assertThat(admin.get("/status").json().get("configuration_hash").asText()).isEqualTo(afterCreate);
        admin.get("/services");
        assertThat(admin.get("/status").json().get("configuration_hash").asText()).isEqualTo(afterCreate);

        admin.patch("/services/s", "{\"port\":9001}");
        String afterPatch = admin.get("/status").json().get("configuration_hash").asText();
        assertThat(afterPatch).isNotEqualTo(afterCreate);
        admin.patch("/services/s", "{\"port\":9000}");
        assertThat(admin.get("/status").json().get("configuration_hash").asText()).isEqualTo(afterCreate);
    }

    @Test
    void readyOnceTheProxyServesAConfigurationAndMetricsArePrometheusText() {
        var ready = admin.get("/status/ready");
        assertThat(ready.status()).isEqualTo(200);
        var metrics = admin.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }
}
