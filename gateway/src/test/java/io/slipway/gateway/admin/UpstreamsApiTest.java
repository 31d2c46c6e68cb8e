package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpstreamsApiTest extends NodeTest {

    @Test
    void upstreamHasKongsDefaultsIncludingHealthchecks() {
        var upstream = created("/upstreams", "{\"name\":\"backend\"}");
        assertThat(upstream.get("algorithm").asText()).isEqualTo("round-robin");
        assertThat(upstream.get("hash_on").asText()).isEqualTo("none");
        assertThat(upstream.get("slots").asInt()).isEqualTo(10000);
        var active = upstream.get("healthchecks").get("active");
        assertThat(active.get("type").asText()).isEqualTo("http");
        assertThat(active.get("http_path").asText()).isEqualTo("/");
        assertThat(active.get("timeout").toString()).isEqualTo("1");
        assertThat(active.get("concurrency").asInt()).isEqualTo(10);
        assertThat(active.get("healthy").get("http_statuses").toString()).isEqualTo("[200,302]");
        assertThat(active.get("unhealthy").get("http_statuses")).hasSize(8);
        assertThat(upstream.get("healthchecks").get("passive").get("unhealthy").get("http_statuses").toString())
                .isEqualTo("[429,500,503]");
        assertThat(upstream.get("consul_service").isNull()).isTrue();
    }

    @Test
    void healthchecksAndHashingAreSetByFormFields() {
        var response = admin.form("POST", "/upstreams", "name=backend", "algorithm=consistent-hashing",
                "hash_on=header", "hash_on_header=x-user", "healthchecks.active.healthy.interval=5",
                "healthchecks.active.http_path=/health", "healthchecks.passive.unhealthy.http_failures=3",
                "consul_service=billing");
        assertThat(response.status()).isEqualTo(201);
        var upstream = response.json();
        assertThat(upstream.at("/healthchecks/active/healthy/interval").asDouble()).isEqualTo(5.0);
        assertThat(upstream.at("/healthchecks/active/http_path").asText()).isEqualTo("/health");
        assertThat(upstream.at("/healthchecks/passive/unhealthy/http_failures").asInt()).isEqualTo(3);
        assertThat(upstream.at("/healthchecks/active/unhealthy/interval").asDouble()).isEqualTo(0.0);
        assertThat(upstream.get("consul_service").asText()).isEqualTo("billing");

        var noHeader = admin.post("/upstreams", "{\"name\":\"b2\",\"hash_on\":\"header\"}");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().get("fields").get("hash_on_header").asText()).isEqualTo("required field missing");
        var badAlgorithm = admin.post("/upstreams", "{\"name\":\"b3\",\"algorithm\":\"random\"}");
        assertThat(badAlgorithm.json().get("fields").get("algorithm").asText()).startsWith("expected one of:");
        var nested = admin.post("/upstreams", "{\"name\":\"b4\",\"healthchecks\":{\"active\":{\"timeout\":-1}}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().get("message").asText()).contains("healthchecks.active.timeout");
    }

    @Test
    void targetsGetKongsDefaultPortAndWeightAndAreAddressedByHostPort() {
        created("/upstreams", "{\"name\":\"backend\"}");
        var noPort = admin.form("POST", "/upstreams/backend/targets", "target=127.0.0.1");
        assertThat(noPort.status()).isEqualTo(201);
        assertThat(noPort.json().get("target").asText()).isEqualTo("127.0.0.1:8000");
        assertThat(noPort.json().get("weight").asInt()).isEqualTo(100);
        var withWeight = admin.form("POST", "/upstreams/backend/targets", "target=127.0.0.1:9001", "weight=0");
        assertThat(withWeight.json().get("weight").asInt()).isEqualTo(0);
        assertThat(admin.post("/upstreams/backend/targets", "{\"target\":\"127.0.0.1:9002\",\"weight\":70000}").status())
                .isEqualTo(400);
        assertThat(admin.post("/upstreams/backend/targets", "{\"target\":\"127.0.0.1:99999\"}").status()).isEqualTo(400);
        var clash = admin.post("/upstreams/backend/targets", "{\"target\":\"127.0.0.1:8000\"}");
        assertThat(clash.status()).isEqualTo(409);

        assertThat(admin.get("/upstreams/backend/targets").json().get("data")).hasSize(2);
        assertThat(admin.get("/upstreams/backend/targets/all").json().get("data")).hasSize(2);
        var patched = admin.patch("/upstreams/backend/targets/127.0.0.1:9001", "{\"weight\":50}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("weight").asInt()).isEqualTo(50);
        assertThat(admin.delete("/upstreams/backend/targets/127.0.0.1:9001").status()).isEqualTo(204);
        assertThat(admin.delete("/upstreams/backend/targets/" + id(noPort.json())).status()).isEqualTo(204);
        assertThat(admin.get("/upstreams/backend/targets").json().get("data")).isEmpty();
    }

    @Test
    void healthListsTargetsAndDeletingTheUpstreamDeletesThem() {
        created("/upstreams", "{\"name\":\"backend\"}");
        created("/upstreams/backend/targets", "{\"target\":\"127.0.0.1:9001\"}");
        var health = admin.get("/upstreams/backend/health");
        assertThat(health.status()).isEqualTo(200);
        var target = health.json().get("data").get(0);
        assertThat(target.get("target").asText()).isEqualTo("127.0.0.1:9001");
        assertThat(target.get("health").asText()).isIn("HEALTHY", "UNHEALTHY", "HEALTHCHECKS_OFF");
        assertThat(health.json().get("total").asInt()).isEqualTo(1);

        assertThat(admin.delete("/upstreams/backend").status()).isEqualTo(204);
        assertThat(node.configuration().targets()).isEmpty();
        assertThat(admin.get("/upstreams/backend/health").status()).isEqualTo(404);
    }
}
