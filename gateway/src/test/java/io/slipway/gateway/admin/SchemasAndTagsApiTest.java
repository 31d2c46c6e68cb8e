package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /schemas/{entity}}, {@code /schemas/{entity}/validate}, {@code /tags} and {@code /tags/{tag}} of a real node. */
class SchemasAndTagsApiTest extends NodeTest {

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.get("fields")) {
            if (f.has(name)) return f.get(name);
        }
        throw new AssertionError("no field " + name + " in " + schema);
    }

    @Test
    void entitySchemasShowKongsTypesAndDefaultsSoDeckCanFillThemIn() {
        var services = admin.get("/schemas/services");
        assertThat(services.status()).isEqualTo(200);
        assertThat(field(services.json(), "retries").get("default").asInt()).isEqualTo(5);
        assertThat(field(services.json(), "retries").get("type").asText()).isEqualTo("integer");
        assertThat(field(services.json(), "connect_timeout").get("default").asInt()).isEqualTo(60000);
        assertThat(field(services.json(), "id").get("uuid").asBoolean()).isTrue();
        assertThat(field(services.json(), "tags").get("type").asText()).isEqualTo("set");

        var routes = admin.get("/schemas/routes").json();
        assertThat(field(routes, "service").get("type").asText()).isEqualTo("foreign");
        assertThat(field(routes, "service").get("reference").asText()).isEqualTo("services");
        assertThat(field(routes, "strip_path").get("default").asBoolean()).isTrue();
        assertThat(field(routes, "headers").get("type").asText()).isEqualTo("map");

        var unknown = admin.get("/schemas/nonsense");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("No entity named 'nonsense'");
        assertThat(admin.get("/schemas/plugins/key-auth").status()).as("plugin schemas still answer").isEqualTo(200);
    }

    @Test
    void validateChecksABodyLikeACreateButStoresNothing() {
        var good = admin.post("/schemas/services/validate", "{\"name\":\"orders\",\"url\":\"http://127.0.0.1:9000\"}");
        assertThat(good.status()).as(good.text()).isEqualTo(200);
        assertThat(good.json().get("message").asText()).isEqualTo("schema validation successful");
        assertThat(admin.get("/services").json().get("data")).isEmpty();

        var bad = admin.post("/schemas/services/validate", "{\"name\":\"orders\",\"url\":\"http://127.0.0.1:9000\",\"retries\":-1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/fields/retries").isMissingNode()).as(bad.text()).isFalse();

        var badPlugin = admin.post("/schemas/plugins/validate", "{\"name\":\"rate-limiting\",\"config\":{\"minute\":\"lots\"}}");
        assertThat(badPlugin.status()).isEqualTo(400);
        assertThat(badPlugin.json().at("/fields/config/minute").isMissingNode()).as(badPlugin.text()).isFalse();
        assertThat(admin.get("/plugins").json().get("data")).isEmpty();
    }

    @Test
    void tagsListEveryTaggedEntityAndFilterByOneTagWithPaging() {
        var service = created("/services", "{\"name\":\"orders\",\"url\":\"http://127.0.0.1:9000\",\"tags\":[\"team-a\",\"prod\"]}");
        var route = created("/services/orders/routes", "{\"paths\":[\"/orders\"],\"tags\":[\"team-a\"]}");
        created("/consumers", "{\"username\":\"alice\",\"tags\":[\"prod\"]}");
        created("/upstreams", "{\"name\":\"untagged\"}");

        var all = admin.get("/tags").json();
        assertThat(all.get("data")).hasSize(4);
        assertThat(all.get("next").isNull()).isTrue();

        var teamA = admin.get("/tags/team-a").json().get("data");
        List<String> names = new ArrayList<>();
        teamA.forEach(row -> {
            assertThat(row.get("tag").asText()).isEqualTo("team-a");
            names.add(row.get("entity_name").asText() + "=" + row.get("entity_id").asText());
        });
        assertThat(names).containsExactlyInAnyOrder("services=" + id(service), "routes=" + id(route));

        var first = admin.get("/tags?size=3").json();
        assertThat(first.get("data")).hasSize(3);
        var second = admin.get(first.get("next").asText()).json();
        assertThat(second.get("data")).hasSize(1);
        assertThat(admin.get("/tags?offset=!!").status()).isEqualTo(400);
    }

    @Test
    void collectionsThisNodeLacksListEmptyForDeckAndRefuseWritesByName() {
        for (String path : List.of("/ca_certificates", "/vaults", "/keys", "/key-sets")) {
            var list = admin.get(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            assertThat(list.json().get("data")).isEmpty();
            assertThat(list.json().get("next").isNull()).isTrue();
        }
        var write = admin.post("/ca_certificates", "{\"cert\":\"x\"}");
        assertThat(write.status()).isEqualTo(400);
        assertThat(write.json().get("message").asText()).isEqualTo("'ca_certificates' are not supported by the Slipway gateway");
        assertThat(admin.get("/vaults/some-vault").status()).isEqualTo(404);
    }
}
