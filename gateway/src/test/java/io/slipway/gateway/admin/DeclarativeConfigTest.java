package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.gateway.store.declarative.DeclarativeError;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeclarativeConfigTest extends NodeTest {

    static String resource(String name) {
        try (InputStream in = DeclarativeConfigTest.class.getResourceAsStream("/declarative/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private GatewayNode dbLess(String file) throws IOException {
        Path config = data.resolve(file);
        Files.writeString(config, resource(file));
        return GatewayNode.start(GatewaySettings.loopback(data.resolve("unused")).withDeclarativeConfig(config));
    }

    @Test
    void dbLessNodeServesAKongFileAndRefusesWritesLikeKong() throws IOException {
        try (var dbLess = dbLess("kong.yml")) {
            var client = new AdminClient(dbLess.adminUrl());
            assertThat(client.get("/services").json().get("data")).hasSize(2);
            assertThat(client.get("/services/example-service/routes").json().get("data")).hasSize(1);
            assertThat(client.get("/services/example-service/plugins").json().get("data")).hasSize(2);
            assertThat(client.get("/upstreams/billing-upstream/targets").json().get("data")).hasSize(2);
            assertThat(client.get("/upstreams/billing-upstream").json().at("/healthchecks/active/http_path").asText())
                    .isEqualTo("/health");
            assertThat(client.get("/consumers/luka/key-auth").json().get("data").get(0).get("key").asText())
                    .isEqualTo("luka-secret-key");
            assertThat(client.get("/consumers/luka/basic-auth").text()).doesNotContain("plain-password");
            assertThat(client.get("/consumers/mobile-app/plugins").json().get("data")).hasSize(1);
            assertThat(client.get("/plugins").json().get("data")).hasSize(5);
            assertThat(client.get("/").json().at("/configuration/database").asText()).isEqualTo("off");

            var refused = client.post("/services", "{\"name\":\"new\",\"host\":\"127.0.0.1\"}");
            assertThat(refused.status()).isEqualTo(405);
            assertThat(refused.json().get("message").asText())
                    .isEqualTo("cannot create 'services' entities when not using a database");
            assertThat(client.delete("/services/billing").status()).isEqualTo(405);
            assertThat(client.patch("/services/billing", "{\"port\":81}").status()).isEqualTo(405);

            assertThat(client.get("/status").json().get("configuration_hash").asText())
                    .isEqualTo(dbLess.configuration().hash()).hasSize(32);
            assertThat(client.get("/status/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void sameFileLoadedTwiceGivesTheSameIdsAndHash() throws IOException {
        String first;
        String firstId;
        try (var a = dbLess("kong.yml")) {
            first = a.configuration().hash();
            firstId = a.configuration().serviceByName("billing").orElseThrow().id().toString();
        }
        try (var b = dbLess("kong.yml")) {
            assertThat(b.configuration().hash()).isEqualTo(first);
            assertThat(b.configuration().serviceByName("billing").orElseThrow().id().toString()).isEqualTo(firstId);
        }
    }

    @Test
    void postConfigReplacesEverythingInDbLessModeFromAFormField() throws IOException {
        try (var dbLess = dbLess("kong.yml")) {
            var client = new AdminClient(dbLess.adminUrl());
            String before = client.get("/status").json().get("configuration_hash").asText();
            var replaced = client.send("POST", "/config", "application/x-www-form-urlencoded",
                    "config=" + URLEncoder.encode(resource("flat.yml"), StandardCharsets.UTF_8));
            assertThat(replaced.status()).isEqualTo(201);
            assertThat(client.get("/services").json().get("data")).hasSize(1);
            assertThat(client.get("/routes/users-route/service").json().get("name").asText()).isEqualTo("users");
            assertThat(client.get("/routes/users-admin").json().get("regex_priority").asInt()).isEqualTo(10);
            assertThat(client.get("/routes/users-route/plugins").json().get("data").get(0).get("name").asText())
                    .isEqualTo("key-auth");
            assertThat(client.get("/upstreams/users-upstream/targets").json().get("data")).hasSize(1);
            assertThat(client.get("/consumers/ops/acls").json().get("data").get(0).get("group").asText()).isEqualTo("ops-team");
            assertThat(client.get("/status").json().get("configuration_hash").asText()).isNotEqualTo(before);
        }
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemInPlaceAndChangesNothing() {
        created("/services", "{\"name\":\"keep\",\"host\":\"127.0.0.1\"}");
        String before = node.configuration().hash();
        var refused = admin.send("POST", "/config", "application/yaml", resource("invalid.yml"));
        assertThat(refused.status()).isEqualTo(400);
        var body = refused.json();
        assertThat(body.get("name").asText()).isEqualTo("invalid declarative configuration");
        assertThat(body.get("code").asInt()).isEqualTo(14);
        assertThat(body.at("/fields/services/0/routes/0/paths/0").asText()).startsWith("should start with: /");
        assertThat(body.at("/fields/services/1/host").asText()).isEqualTo("required field missing");
        assertThat(body.get("flattened_errors").toString()).contains("services[1].routes[1]");
        assertThat(node.configuration().hash()).isEqualTo(before);
        assertThat(admin.get("/services/keep").status()).isEqualTo(200);

        var orphan = admin.send("POST", "/config", "application/yaml",
                "_format_version: \"3.0\"\nroutes:\n  - name: o\n    service: missing\n    paths: [/x]\n");
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.json().at("/fields/routes/0/service").asText()).contains("missing");
        assertThat(admin.send("POST", "/config", "application/yaml", "services: []\n").status()).isEqualTo(400);
    }

    @Test
    void exportThenImportKeepsTheConfigurationAndItsHash() {
        var service = created("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000/p\",\"tags\":[\"t\"]}");
        created("/services/s/routes", "{\"name\":\"r\",\"paths\":[\"/a\"],\"methods\":[\"GET\"]}");
        created("/routes", "{\"name\":\"loose\",\"paths\":[\"/loose\"]}");
        created("/services/s/plugins", "{\"name\":\"key-auth\"}");
        created("/routes/r/plugins", "{\"name\":\"cors\"}");
        created("/upstreams", "{\"name\":\"u\",\"consul_service\":\"billing\"}");
        created("/upstreams/u/targets", "{\"target\":\"127.0.0.1:9001\",\"weight\":7}");
        created("/consumers", "{\"username\":\"c\"}");
        created("/consumers/c/key-auth", "{\"key\":\"k\"}");
        created("/consumers/c/basic-auth", "{\"username\":\"b\",\"password\":\"pw\"}");
        created("/consumers/c/acls", "{\"group\":\"g\"}");
        created("/consumers/c/jwt", "{\"key\":\"iss\",\"secret\":\"sec\"}");
        created("/plugins", "{\"name\":\"rate-limiting\",\"config\":{\"minute\":10,\"policy\":\"local\"}}");
        created("/plugins", "{\"name\":\"rate-limiting\",\"service\":{\"id\":\"" + id(service)
                + "\"},\"consumer\":{\"name\":\"c\"},\"config\":{\"minute\":3,\"policy\":\"local\"}}");
        String hash = node.configuration().hash();

        var export = admin.get("/config");
        assertThat(export.status()).isEqualTo(200);
        String yaml = export.json().get("config").asText();
        assertThat(yaml).contains("_format_version: \"3.0\"").contains("consul_service: billing").doesNotContain("pw\n");
        assertThat(admin.get("/config?format=json").json().get("services").get(0).get("routes")).hasSize(1);

        var reimported = admin.send("POST", "/config", "application/x-yaml", yaml);
        assertThat(reimported.status()).isEqualTo(201);
        assertThat(node.configuration().hash()).isEqualTo(hash);
        assertThat(reimported.json().get("configuration_hash").asText()).isEqualTo(hash);
        assertThat(admin.send("POST", "/config?check_hash=1", "application/x-yaml", yaml).status()).isEqualTo(304);

        var empty = admin.post("/config", "{\"_format_version\":\"3.0\"}");
        assertThat(empty.status()).isEqualTo(201);
        assertThat(node.configuration().hash()).isEqualTo("00000000000000000000000000000000");
        assertThat(admin.post("/config", "{\"config\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(yaml) + "}")
                .status()).isEqualTo(201);
        assertThat(node.configuration().hash()).isEqualTo(hash);
    }

    @Test
    void olderFormatVersionsAreAccepted() throws IOException {
        try (var dbLess = dbLess("v1.yml")) {
            assertThat(dbLess.configuration().routes()).hasSize(1);
        }
    }

    @Test
    void aDbLessNodeDoesNotStartFromAnInvalidFile() throws IOException {
        assertThatThrownBy(() -> dbLess("invalid.yml")).isInstanceOf(DeclarativeError.class)
                .hasMessageContaining("services[1].routes[1]");
    }
}
