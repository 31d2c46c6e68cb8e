package io.slipway.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.gateway.admin.AdminClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins configured the way Kong's tutorials do it, with form posts to the Admin API of a real
 * node (H2 store), and requests through its proxy to a real upstream.
 */
class PluginsAdminApiTest {

    @TempDir
    Path data;
    private GatewayNode node;
    private AdminClient admin;
    private EchoServer upstream;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        upstream = new EchoServer();
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
        assertThat(admin.form("POST", "/services", "name=example_service",
                "url=http://127.0.0.1:" + upstream.port()).status()).isEqualTo(201);
        assertThat(admin.form("POST", "/services/example_service/routes", "name=example_route",
                "paths[]=/mock").status()).isEqualTo(201);
        assertThat(admin.form("POST", "/consumers", "username=luka").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        node.close();
        upstream.close();
    }

    private HttpResponse<String> proxy(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (at most 10 s) until the proxy serves the latest change, seen as the expected status. */
    private HttpResponse<String> await(int status, String path, String... headers) throws Exception {
        HttpResponse<String> response = proxy(path, headers);
        for (int i = 0; i < 100 && response.statusCode() != status; i++) {
            Thread.sleep(100);
            response = proxy(path, headers);
        }
        return response;
    }

    @Test
    void keyAuthFromKongsTutorial() throws Exception {
        assertThat(admin.form("POST", "/services/example_service/plugins", "name=key-auth").status()).isEqualTo(201);
        assertThat(admin.form("POST", "/consumers/luka/key-auth", "key=top-secret-key").status()).isEqualTo(201);
        HttpResponse<String> refused = await(401, "/mock/anything");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"message\":\"No API key found in request\"}");
        HttpResponse<String> ok = await(200, "/mock/anything", "apikey", "top-secret-key");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"x-consumer-username\":\"luka\"");
    }

    @Test
    void rateLimitingFromFormFieldsWithDefaultsFilledIn() throws Exception {
        AdminClient.Response created = admin.form("POST", "/plugins", "name=rate-limiting", "config.minute=5",
                "config.policy=local");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("config").path("minute").asDouble()).isEqualTo(5.0);
        assertThat(created.json().path("config").path("limit_by").asText()).isEqualTo("consumer");
        assertThat(created.json().path("config").path("error_message").asText()).isEqualTo("API rate limit exceeded");
        HttpResponse<String> limited = await(200, "/mock/x");
        for (int i = 0; i < 10 && limited.statusCode() == 200; i++) {
            assertThat(limited.headers().firstValue("X-RateLimit-Limit-Minute")).hasValue("5");
            limited = proxy("/mock/x");
        }
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"message\":\"API rate limit exceeded\"}");
    }

    @Test
    void invalidPluginConfigIsA400SchemaViolation() {
        AdminClient.Response refused = admin.form("POST", "/plugins", "name=rate-limiting", "config.minute=often");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("name").asText()).isEqualTo("schema violation");
        assertThat(refused.json().path("fields").path("config").path("minute").asText()).isEqualTo("expected a number");
        assertThat(refused.json().path("message").asText()).contains("config.minute: expected a number");

        AdminClient.Response noLimit = admin.post("/plugins", "{\"name\":\"rate-limiting\",\"config\":{}}");
        assertThat(noLimit.status()).isEqualTo(400);
        assertThat(noLimit.text()).contains("at least one of these fields must be non-empty");
    }

    @Test
    void rateLimitingWithTheRedisPolicyIsRefusedNamingTheFieldAndNothingIsStored() {
        AdminClient.Response refused = admin.form("POST", "/plugins", "name=rate-limiting", "config.minute=5",
                "config.policy=redis", "config.redis.host=127.0.0.1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("name").asText()).isEqualTo("schema violation");
        assertThat(refused.json().path("fields").path("config").path("policy").asText())
                .contains("policy 'redis' is not supported").contains("'local'");
        assertThat(admin.get("/plugins").json().path("data")).isEmpty();
    }

    @Test
    void requestTransformerFromKongsDocsFormWithCommaSeparatedLists() throws Exception {
        assertThat(admin.form("POST", "/services/example_service/plugins", "name=request-transformer",
                "config.remove.headers=x-toremove, x-another-one",
                "config.add.headers=x-new-header:value,x-another-header:something").status()).isEqualTo(201);
        HttpResponse<String> response = await(200, "/mock/x", "X-Toremove", "1", "X-Another-One", "2");
        for (int i = 0; i < 100 && !response.body().contains("x-new-header"); i++) {
            Thread.sleep(100);
            response = proxy("/mock/x", "X-Toremove", "1", "X-Another-One", "2");
        }
        assertThat(response.body()).contains("\"x-new-header\":\"value\"").contains("\"x-another-header\":\"something\"")
                .doesNotContain("x-toremove").doesNotContain("x-another-one");
    }

    @Test
    void schemaAndEnabledPluginsAreServed() {
        AdminClient.Response schema = admin.get("/plugins/schema/key-auth");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.text()).contains("key_names").contains("hide_credentials");
        assertThat(admin.get("/plugins/enabled").text()).contains("rate-limiting").contains("response-transformer");
    }

    @Test
    void jwtAndBasicAuthCredentialsCreatedThroughTheAdminApi() throws Exception {
        assertThat(admin.form("POST", "/consumers/luka/jwt", "key=luka-iss",
                "secret=a-secret-that-is-at-least-thirty-two-bytes").status()).isEqualTo(201);
        assertThat(admin.form("POST", "/consumers/luka/basic-auth", "username=luka", "password=pa55word")
                .status()).isEqualTo(201);
        assertThat(admin.form("POST", "/routes/example_route/plugins", "name=jwt").status()).isEqualTo(201);
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Map.of("iss", "luka-iss")));
        jws.sign(new MACSigner("a-secret-that-is-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8)));
        assertThat(await(200, "/mock/x", "Authorization", "Bearer " + jws.serialize()).statusCode()).isEqualTo(200);
        assertThat(proxy("/mock/x").statusCode()).isEqualTo(401);

        String pluginId = admin.get("/routes/example_route/plugins").json().path("data").get(0).path("id").asText();
        assertThat(admin.delete("/plugins/" + pluginId).status()).isEqualTo(204);
        assertThat(admin.form("POST", "/routes/example_route/plugins", "name=basic-auth").status()).isEqualTo(201);
        String basic = "Basic " + Base64.getEncoder().encodeToString("luka:pa55word".getBytes(StandardCharsets.UTF_8));
        assertThat(await(200, "/mock/x", "Authorization", basic).statusCode()).isEqualTo(200);
        String wrong = "Basic " + Base64.getEncoder().encodeToString("luka:guess".getBytes(StandardCharsets.UTF_8));
        assertThat(proxy("/mock/x", "Authorization", wrong).statusCode()).isEqualTo(401);
    }

    @Test
    void consumerScopedRateLimitThroughTheConsumersPluginsPath() throws Exception {
        admin.form("POST", "/consumers", "username=mia");
        admin.form("POST", "/consumers/luka/key-auth", "key=luka-key");
        admin.form("POST", "/consumers/mia/key-auth", "key=mia-key");
        admin.form("POST", "/services/example_service/plugins", "name=key-auth");
        assertThat(admin.form("POST", "/consumers/luka/plugins", "name=rate-limiting", "config.hour=1")
                .status()).isEqualTo(201);
        assertThat(await(429, "/mock/x", "apikey", "luka-key").statusCode()).isEqualTo(429);
        HttpResponse<String> mia = proxy("/mock/x", "apikey", "mia-key");
        assertThat(mia.statusCode()).isEqualTo(200);
        assertThat(mia.headers().firstValue("X-RateLimit-Limit-Hour")).isEmpty();
    }

    @Test
    void kongDeclarativeFileWithPluginsAndConsumerCredentials() throws Exception {
        String yaml = """
                _format_version: "3.0"
                services:
                - name: declared
                  url: http://127.0.0.1:%d
                  routes:
                  - name: declared-route
                    paths:
                    - /declared
                  plugins:
                  - name: rate-limiting
                    config:
                      minute: 50
                      policy: local
                consumers:
                - username: ann
                  keyauth_credentials:
                  - key: ann-key
                  acls:
                  - group: admins
                - username: ben
                  keyauth_credentials:
                  - key: ben-key
                plugins:
                - name: key-auth
                  config:
                    hide_credentials: true
                - name: acl
                  config:
                    allow:
                    - admins
                """.formatted(upstream.port());
        AdminClient.Response loaded = admin.post("/config",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("config", yaml)));
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
        HttpResponse<String> ann = await(200, "/declared/x", "apikey", "ann-key");
        assertThat(ann.statusCode()).isEqualTo(200);
        assertThat(ann.headers().firstValue("X-RateLimit-Limit-Minute")).hasValue("50");
        assertThat(ann.body()).contains("\"x-consumer-groups\":\"admins\"").doesNotContain("ann-key");
        assertThat(proxy("/declared/x", "apikey", "ben-key").statusCode()).isEqualTo(403);
        assertThat(proxy("/declared/x").statusCode()).isEqualTo(401);

        String bad = yaml.replace("minute: 50", "minute: lots");
        AdminClient.Response refused = admin.post("/config",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("config", bad)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("expected a number");
    }
}
