package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServicesApiTest extends NodeTest {

    @Test
    void kongTutorialFormCreatesAServiceFromItsUrl() {
        // curl -i -X POST http://localhost:8001/services --data name=example_service --data url='http://httpbin.org'
        var created = admin.form("POST", "/services", "name=example_service", "url=http://127.0.0.1");
        assertThat(created.status()).isEqualTo(201);
        var service = created.json();
        assertThat(service.get("name").asText()).isEqualTo("example_service");
        assertThat(service.get("protocol").asText()).isEqualTo("http");
        assertThat(service.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(service.get("port").asInt()).isEqualTo(80);
        assertThat(service.get("path").isNull()).isTrue();
        assertThat(service.get("retries").asInt()).isEqualTo(5);
        assertThat(service.get("connect_timeout").asInt()).isEqualTo(60000);
        assertThat(service.get("read_timeout").asInt()).isEqualTo(60000);
        assertThat(service.get("write_timeout").asInt()).isEqualTo(60000);
        assertThat(service.get("enabled").asBoolean()).isTrue();
        assertThat(service.get("tags").isNull()).isTrue();
        assertThat(service.get("created_at").isIntegralNumber()).isTrue();

        var byName = admin.get("/services/example_service");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("id")).isEqualTo(service.get("id"));
        assertThat(admin.get("/services/" + id(service)).json().get("name").asText()).isEqualTo("example_service");
    }

    @Test
    void httpsUrlWithPathSetsPort443AndThePath() {
        var service = created("/services", "{\"name\":\"s\",\"url\":\"https://127.0.0.1/api/v1\"}");
        assertThat(service.get("protocol").asText()).isEqualTo("https");
        assertThat(service.get("port").asInt()).isEqualTo(443);
        assertThat(service.get("path").asText()).isEqualTo("/api/v1");
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndPutReplacesOrCreatesByName() {
        var service = created("/services", "{\"name\":\"s\",\"host\":\"127.0.0.1\",\"port\":9000,\"retries\":2}");
        var patched = admin.patch("/services/s", "{\"port\":9001}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("port").asInt()).isEqualTo(9001);
        assertThat(patched.json().get("retries").asInt()).isEqualTo(2);
        assertThat(patched.json().get("id")).isEqualTo(service.get("id"));

        var replaced = admin.put("/services/s", "{\"host\":\"127.0.0.2\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("id")).isEqualTo(service.get("id"));
        assertThat(replaced.json().get("port").asInt()).isEqualTo(80);
        assertThat(replaced.json().get("retries").asInt()).isEqualTo(5);

        var upserted = admin.put("/services/fresh", "{\"url\":\"http://127.0.0.1:8080\"}");
        assertThat(upserted.status()).isEqualTo(200);
        assertThat(upserted.json().get("name").asText()).isEqualTo("fresh");
        assertThat(admin.get("/services/fresh").status()).isEqualTo(200);

        String newId = "a1b2c3d4-0000-4000-8000-000000000001";
        assertThat(admin.put("/services/" + newId, "{\"host\":\"127.0.0.1\"}").json().get("id").asText()).isEqualTo(newId);
    }

    @Test
    void deleteAnswers204AndTheServiceIsGone() {
        created("/services", "{\"name\":\"s\",\"host\":\"127.0.0.1\"}");
        assertThat(admin.delete("/services/s").status()).isEqualTo(204);
        var missing = admin.get("/services/s");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Not found");
        assertThat(admin.delete("/services/s").status()).isEqualTo(204);
    }

    @Test
    void duplicateNameIs409WithKongsBody() {
        created("/services", "{\"name\":\"x\",\"host\":\"127.0.0.1\"}");
        var clash = admin.post("/services", "{\"name\":\"x\",\"host\":\"127.0.0.1\"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("message").asText()).isEqualTo("UNIQUE violation detected on '{name=\"x\"}'");
        assertThat(clash.json().get("name").asText()).isEqualTo("unique constraint violation");
        assertThat(clash.json().get("code").asInt()).isEqualTo(5);
        assertThat(clash.json().get("fields").get("name").asText()).isEqualTo("x");
    }

    @Test
    void schemaViolationsAre400WithEveryFieldNamed() {
        var bad = admin.post("/services", "{\"name\":\"s\",\"host\":\"127.0.0.1\",\"path\":\"api\",\"port\":70000,\"colour\":\"red\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("name").asText()).isEqualTo("schema violation");
        assertThat(bad.json().get("code").asInt()).isEqualTo(2);
        var fields = bad.json().get("fields");
        assertThat(fields.get("path").asText()).isEqualTo("should start with: /");
        assertThat(fields.get("port").asText()).isEqualTo("value should be between 0 and 65535");
        assertThat(fields.get("colour").asText()).isEqualTo("unknown field");
        assertThat(bad.json().get("message").asText()).startsWith("3 schema violations (").contains("path: should start with: /");

        var noHost = admin.post("/services", "{\"name\":\"s\"}");
        assertThat(noHost.json().get("message").asText()).isEqualTo("schema violation (host: required field missing)");

        var badUrl = admin.form("POST", "/services", "url=not a url");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.json().get("fields").has("url")).isTrue();

        assertThat(admin.send("POST", "/services", "application/json", "{oops").status()).isEqualTo(400);
    }

    @Test
    void listsPageBySizeAndOffsetAndFilterByTags() {
        for (int i = 0; i < 5; i++) {
            String tags = i % 2 == 0 ? "[\"even\",\"all\"]" : "[\"odd\",\"all\"]";
            created("/services", "{\"name\":\"s" + i + "\",\"host\":\"127.0.0.1\",\"tags\":" + tags + "}");
        }
        var first = admin.get("/services?size=2");
        assertThat(first.json().get("data")).hasSize(2);
        assertThat(first.json().get("next").asText()).startsWith("/services?offset=");
        var second = admin.get(first.json().get("next").asText());
        assertThat(second.json().get("data")).hasSize(2);
        var third = admin.get(second.json().get("next").asText());
        assertThat(third.json().get("data")).hasSize(1);
        assertThat(third.json().get("next").isNull()).isTrue();
        var ids = new java.util.HashSet<String>();
        for (var page : java.util.List.of(first, second, third)) page.json().get("data").forEach(s -> ids.add(id(s)));
        assertThat(ids).hasSize(5);

        assertThat(admin.get("/services?tags=even").json().get("data")).hasSize(3);
        assertThat(admin.get("/services?tags=even,all").json().get("data")).hasSize(3);
        assertThat(admin.get("/services?tags=even,odd").json().get("data")).isEmpty();
        assertThat(admin.get("/services?tags=even/odd").json().get("data")).hasSize(5);
        assertThat(admin.get("/services?size=1001").status()).isEqualTo(400);
        assertThat(admin.get("/services?offset=bogus!").status()).isEqualTo(400);
        assertThat(admin.get("/services").json().get("data")).hasSize(5);
    }

    @Test
    void multipartFormBodiesAreAccepted() {
        String boundary = "----slipway";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nmp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttp://127.0.0.1:9000/x\r\n"
                + "--" + boundary + "--\r\n";
        var response = admin.send("POST", "/services", "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("port").asInt()).isEqualTo(9000);
        assertThat(response.json().get("path").asText()).isEqualTo("/x");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertThat(admin.get("/nothing-here").status()).isEqualTo(404);
        assertThat(admin.send("PATCH", "/services", "application/json", "{}").status()).isEqualTo(405);
    }
}
