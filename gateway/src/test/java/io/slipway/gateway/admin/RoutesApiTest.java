package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutesApiTest extends NodeTest {

    @Test
    void kongTutorialFormCreatesARouteUnderItsService() {
        created("/services", "{\"name\":\"example_service\",\"url\":\"http://127.0.0.1\"}");
        // curl -i -X POST http://localhost:8001/services/example_service/routes --data 'paths[]=/mock' --data name=example_route
        var response = admin.form("POST", "/services/example_service/routes", "paths[]=/mock", "paths[]=/other",
                "name=example_route", "methods=GET", "methods=POST", "strip_path=false", "headers.x-env=a",
                "headers.x-env=b", "hosts[]=*.example.test", "regex_priority=5");
        assertThat(response.status()).isEqualTo(201);
        var route = response.json();
        assertThat(route.get("paths")).hasSize(2);
        assertThat(route.get("paths").get(1).asText()).isEqualTo("/other");
        assertThat(route.get("methods").toString()).isEqualTo("[\"GET\",\"POST\"]");
        assertThat(route.get("strip_path").asBoolean()).isFalse();
        assertThat(route.get("preserve_host").asBoolean()).isFalse();
        assertThat(route.get("regex_priority").asInt()).isEqualTo(5);
        assertThat(route.get("headers").get("x-env").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(route.get("protocols").toString()).isEqualTo("[\"http\",\"https\"]");
        assertThat(route.get("path_handling").asText()).isEqualTo("v0");
        assertThat(route.get("https_redirect_status_code").asInt()).isEqualTo(426);
        var service = admin.get("/services/example_service").json();
        assertThat(route.get("service").get("id")).isEqualTo(service.get("id"));
        assertThat(route.get("service").size()).isEqualTo(1);

        assertThat(admin.get("/services/example_service/routes").json().get("data")).hasSize(1);
        assertThat(admin.get("/routes/example_route/service").json().get("name").asText()).isEqualTo("example_service");
        assertThat(admin.get("/services/example_service/routes/example_route").status()).isEqualTo(200);
    }

    @Test
    void routeReferencesItsServiceByIdOrNameInTheBody() {
        var service = created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        var byForm = admin.form("POST", "/routes", "service.id=" + id(service), "paths[]=/a");
        assertThat(byForm.status()).isEqualTo(201);
        assertThat(byForm.json().get("service").get("id")).isEqualTo(service.get("id"));
        var byName = admin.post("/routes", "{\"service\":{\"name\":\"svc\"},\"paths\":[\"/b\"]}");
        assertThat(byName.status()).isEqualTo(201);
        assertThat(byName.json().get("service").get("id")).isEqualTo(service.get("id"));
        var missing = admin.post("/routes", "{\"service\":{\"id\":\"00000000-0000-4000-8000-000000000000\"},\"paths\":[\"/c\"]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("name").asText()).isEqualTo("foreign key violation");
        var loose = admin.post("/routes", "{\"paths\":[\"/d\"]}");
        assertThat(loose.status()).isEqualTo(201);
        assertThat(loose.json().get("service").isNull()).isTrue();
    }

    @Test
    void pathsMustStartWithSlashOrTildeSlash() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        var bad = admin.post("/services/svc/routes", "{\"paths\":[\"/ok\",\"nope\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).startsWith("schema violation (paths.2: should start with: /");
        assertThat(bad.json().get("fields").get("paths").get(1).asText()).startsWith("should start with: /");
        assertThat(bad.json().get("fields").get("paths").get(0).isNull()).isTrue();

        var regex = admin.post("/services/svc/routes", "{\"paths\":[\"~/users/\\\\d+$\"],\"regex_priority\":10}");
        assertThat(regex.status()).isEqualTo(201);
        var badRegex = admin.post("/services/svc/routes", "{\"paths\":[\"~/users/(\"]}");
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(badRegex.json().get("fields").get("paths").get(0).asText()).startsWith("invalid regex");
    }

    @Test
    void aRouteMustMatchOnSomethingAndMethodsAreUppercase() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        var nothing = admin.post("/services/svc/routes", "{\"name\":\"r\"}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("fields").get("@entity").get(0).asText())
                .isEqualTo("must set one of 'methods', 'hosts', 'headers', 'paths', 'snis' when 'protocols' is 'https'");
        var lower = admin.post("/services/svc/routes", "{\"methods\":[\"get\"]}");
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.json().get("fields").get("methods").get(0).asText()).isEqualTo("invalid value: get");
        var badHost = admin.post("/services/svc/routes", "{\"hosts\":[\"a.*.test\"]}");
        assertThat(badHost.status()).isEqualTo(400);
    }

    @Test
    void snisAreAcceptedOnHttpsRoutesOnly() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        var bySni = created("/services/svc/routes", "{\"name\":\"tls\",\"protocols\":[\"https\"],\"snis\":[\"shop.example\"]}");
        assertThat(bySni.get("snis").get(0).asText()).isEqualTo("shop.example");
        var plain = admin.post("/services/svc/routes", "{\"protocols\":[\"http\"],\"paths\":[\"/\"],\"snis\":[\"a.example\"]}");
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.json().at("/fields/snis").asText()).isEqualTo("'snis' can only be set when 'protocols' is 'https'");
    }

    @Test
    void deletingAServiceWithRoutesIsRefusedLikeKong() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        var route = created("/services/svc/routes", "{\"name\":\"r\",\"paths\":[\"/a\"]}");
        var refused = admin.delete("/services/svc");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("an existing 'routes' entity references this 'services' entity");
        assertThat(refused.json().get("fields").get("@referenced_by").asText()).isEqualTo("routes");
        assertThat(admin.delete("/routes/" + id(route)).status()).isEqualTo(204);
        assertThat(admin.delete("/services/svc").status()).isEqualTo(204);
    }

    @Test
    void patchAndPutOnRoutes() {
        created("/services", "{\"name\":\"svc\",\"url\":\"http://127.0.0.1\"}");
        created("/services/svc/routes", "{\"name\":\"r\",\"paths\":[\"/a\"]}");
        var patched = admin.form("PATCH", "/routes/r", "strip_path=false", "paths[]=/b");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("paths").toString()).isEqualTo("[\"/b\"]");
        assertThat(patched.json().get("strip_path").asBoolean()).isFalse();
        assertThat(patched.json().get("service").isNull()).isFalse();
        var put = admin.put("/services/svc/routes/r2", "{\"hosts\":[\"api.test\"]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("name").asText()).isEqualTo("r2");
        assertThat(admin.get("/services/svc/routes").json().get("data")).hasSize(2);
    }
}
