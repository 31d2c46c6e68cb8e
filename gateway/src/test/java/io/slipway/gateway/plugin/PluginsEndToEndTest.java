package io.slipway.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.slipway.gateway.config.AclGroup;
import io.slipway.gateway.config.BasicAuthCredential;
import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.EntityRef;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.JwtCredential;
import io.slipway.gateway.config.KeyAuthCredential;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.proxy.ProxyServer;
import io.slipway.gateway.proxy.ProxySettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every plugin through the real proxy to a real upstream over loopback HTTP: the configuration is
 * applied with {@link ProxyServer#apply}, as the Admin API does after each change.
 */
class PluginsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JWT_SECRET = "a-jwt-secret-that-is-at-least-32-bytes";
    private static EchoServer upstream;
    private static ProxyServer proxy;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Service service;
    private Route route;
    private Route other;
    private Consumer alice;
    private Consumer bob;
    private final List<Entity> entities = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        upstream = new EchoServer();
        proxy = ProxyServer.start(ProxySettings.of("127.0.0.1", 0).withEventLoopThreads(1));
        proxy.plugins(new PluginChainBuilder());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        upstream.close();
    }

    @BeforeEach
    void baseEntities() {
        service = Service.of("echo", "http", "127.0.0.1", upstream.port(), null);
        route = Route.forPaths("api", service.id(), "/api");
        other = Route.forPaths("other", service.id(), "/other");
        alice = Consumer.named("alice");
        bob = Consumer.named("bob");
        entities.addAll(List.of(service, route, other, alice, bob,
                new KeyAuthCredential(UUID.randomUUID(), EntityRef.of(alice.id()), "alice-key", null, null, 0),
                new KeyAuthCredential(UUID.randomUUID(), EntityRef.of(bob.id()), "bob-key", null, null, 0),
                new AclGroup(UUID.randomUUID(), EntityRef.of(alice.id()), "admins", null, 0),
                new AclGroup(UUID.randomUUID(), EntityRef.of(bob.id()), "guests", null, 0)));
    }

    private void apply(Entity... more) {
        entities.addAll(List.of(more));
        proxy.apply(GatewayConfig.of(entities));
    }

    private static Plugin plugin(String name, Map<String, ?> config, UUID serviceId, UUID routeId, UUID consumerId) {
        return Plugin.of(name, PluginRegistry.validate(name, config), serviceId, routeId, consumerId);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        return send("GET", pathAndQuery, headers);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void keyAuthLetsKnownKeysThroughAndHidesThemWhenAsked() throws Exception {
        apply(plugin("key-auth", Map.of("hide_credentials", true), service.id(), null, null));
        HttpResponse<String> ok = get("/api/x?apikey=alice-key&keep=1");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode echo = json(ok);
        assertThat(echo.path("query").asText()).isEqualTo("keep=1");
        assertThat(echo.path("headers").path("x-consumer-username").asText()).isEqualTo("alice");
        assertThat(echo.path("headers").path("x-consumer-id").asText()).isEqualTo(alice.id().toString());
        assertThat(echo.path("headers").has("apikey")).isFalse();
        assertThat(json(get("/api/x", "apikey", "bob-key")).path("headers").has("apikey")).isFalse();

        HttpResponse<String> missing = get("/api/x");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("{\"message\":\"No API key found in request\"}");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Key realm=\"kong\"");
        assertThat(get("/api/x", "apikey", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void jwtWithHs256AndRs256AndExpiryChecks() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(rsa.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        apply(new JwtCredential(UUID.randomUUID(), EntityRef.of(alice.id()), "alice-iss", JWT_SECRET, "HS256", null, null, 0),
                new JwtCredential(UUID.randomUUID(), EntityRef.of(bob.id()), "bob-iss", null, "RS256", pem, null, 0),
                plugin("jwt", Map.of("claims_to_verify", List.of("exp", "nbf")), null, route.id(), null));
        long now = System.currentTimeMillis() / 1000;

        JWSObject hs = new JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                new Payload(Map.of("iss", "alice-iss", "exp", now + 300, "nbf", now - 10)));
        hs.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> ok = get("/api/x", "Authorization", "Bearer " + hs.serialize());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).path("headers").path("x-consumer-username").asText()).isEqualTo("alice");

        JWSObject rs = new JWSObject(new JWSHeader(JWSAlgorithm.RS256),
                new Payload(Map.of("iss", "bob-iss", "exp", now + 300, "nbf", now - 10)));
        rs.sign(new RSASSASigner(rsa.getPrivate()));
        HttpResponse<String> rsOk = get("/api/x?jwt=" + rs.serialize());
        assertThat(rsOk.statusCode()).isEqualTo(200);
        assertThat(json(rsOk).path("headers").path("x-consumer-username").asText()).isEqualTo("bob");

        JWSObject expired = new JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                new Payload(Map.of("iss", "alice-iss", "exp", now - 5, "nbf", now - 10)));
        expired.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> refused = get("/api/x", "Authorization", "Bearer " + expired.serialize());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"exp\":\"token expired\"}");

        JWSObject early = new JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                new Payload(Map.of("iss", "alice-iss", "exp", now + 300, "nbf", now + 300)));
        early.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThat(get("/api/x?jwt=" + early.serialize()).body()).isEqualTo("{\"nbf\":\"token not valid yet\"}");
        assertThat(get("/other/x").statusCode()).isEqualTo(200);
    }

    @Test
    void basicAuthChecksTheBcryptHash() throws Exception {
        apply(new BasicAuthCredential(UUID.randomUUID(), EntityRef.of(alice.id()), "alice",
                        BCrypt.withDefaults().hashToString(4, "pa55".toCharArray()), null, 0),
                plugin("basic-auth", Map.of(), null, null, null));
        String good = "Basic " + Base64.getEncoder().encodeToString("alice:pa55".getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("alice:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/api/x", "Authorization", good).statusCode()).isEqualTo(200);
        assertThat(get("/api/x", "Authorization", good).statusCode()).isEqualTo(200);
        assertThat(get("/api/x", "Authorization", bad).statusCode()).isEqualTo(401);
        assertThat(get("/api/x").headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void aclAllowsAdminsAndForbidsGuests() throws Exception {
        apply(plugin("key-auth", Map.of(), null, route.id(), null),
                plugin("acl", Map.of("allow", List.of("admins")), null, route.id(), null));
        HttpResponse<String> admin = get("/api/x", "apikey", "alice-key");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json(admin).path("headers").path("x-consumer-groups").asText()).isEqualTo("admins");
        HttpResponse<String> guest = get("/api/x", "apikey", "bob-key");
        assertThat(guest.statusCode()).isEqualTo(403);
        assertThat(guest.body()).isEqualTo("{\"message\":\"You cannot consume this service\"}");
    }

    @Test
    void ipRestrictionByCidrAgainstTheLoopbackClient() throws Exception {
        apply(plugin("ip-restriction", Map.of("allow", List.of("127.0.0.0/8")), null, route.id(), null),
                plugin("ip-restriction", Map.of("allow", List.of("10.0.0.0/8", "::1/128")), null, other.id(), null));
        assertThat(get("/api/x").statusCode()).isEqualTo(200);
        HttpResponse<String> denied = get("/other/x");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).isEqualTo("{\"message\":\"Your IP address is not allowed\"}");
    }

    @Test
    void rateLimitingAnswers429AfterTheLimitWithKongsHeaders() throws Exception {
        apply(plugin("rate-limiting", Map.of("hour", 3, "limit_by", "ip"), null, route.id(), null));
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> ok = get("/api/x");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("3");
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining-Hour")).hasValue(Integer.toString(3 - i));
            assertThat(ok.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(3 - i));
            assertThat(ok.headers().firstValue("RateLimit-Reset")).isPresent();
        }
        HttpResponse<String> limited = get("/api/x");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"message\":\"API rate limit exceeded\"}");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/other/x").statusCode()).isEqualTo(200);
    }

    @Test
    void corsAnswersPreflightsAndDecoratesResponses() throws Exception {
        apply(plugin("cors", Map.of("origins", List.of("https://app.example.test"), "methods", List.of("GET", "POST"),
                "exposed_headers", List.of("X-Upstream"), "max_age", 600), null, null, null));
        HttpResponse<String> preflight = send("OPTIONS", "/api/x", "Origin", "https://app.example.test",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.test");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");

        HttpResponse<String> simple = get("/api/x", "Origin", "https://app.example.test");
        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.test");
        assertThat(simple.headers().firstValue("Access-Control-Expose-Headers")).hasValue("X-Upstream");
        assertThat(get("/api/x", "Origin", "https://evil.test").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void requestAndResponseTransformersRewriteWhatTheUpstreamAndClientSee() throws Exception {
        ObjectNode request = JSON.valueToTree(Map.of(
                "add", Map.of("headers", List.of("x-added:$(query_params.who)"), "querystring", List.of("extra:1")),
                "remove", Map.of("headers", List.of("x-drop")),
                "replace", Map.of("uri", "/replaced")));
        apply(plugin("request-transformer", JSON.convertValue(request, Map.class), null, route.id(), null),
                plugin("response-transformer", Map.of("remove", Map.of("json", List.of("secret"), "headers", List.of("x-upstream")),
                        "rename", Map.of("json", List.of("old:new")), "add", Map.of("headers", List.of("x-gateway:slipway"))),
                        null, route.id(), null));
        HttpResponse<String> response = get("/api/original?who=ann", "X-Drop", "1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode echo = json(response);
        assertThat(echo.path("path").asText()).isEqualTo("/replaced");
        assertThat(echo.path("query").asText()).isEqualTo("who=ann&extra=1");
        assertThat(echo.path("headers").path("x-added").asText()).isEqualTo("ann");
        assertThat(echo.path("headers").has("x-drop")).isFalse();
        assertThat(echo.has("secret")).isFalse();
        assertThat(echo.path("new").asText()).isEqualTo("o");
        assertThat(response.headers().firstValue("X-Upstream")).isEmpty();
        assertThat(response.headers().firstValue("X-Gateway")).hasValue("slipway");
    }

    @Test
    void routePluginBeatsServicePluginBeatsGlobalPlugin() throws Exception {
        Route third = Route.forPaths("third", null, "/none");
        Service second = Service.of("echo2", "http", "127.0.0.1", upstream.port(), null);
        Route onSecond = Route.forPaths("second", second.id(), "/second");
        apply(third, second, onSecond,
                plugin("rate-limiting", Map.of("hour", 100, "limit_by", "ip"), null, null, null),
                plugin("rate-limiting", Map.of("hour", 50, "limit_by", "ip"), service.id(), null, null),
                plugin("rate-limiting", Map.of("hour", 10, "limit_by", "ip"), null, route.id(), null));
        assertThat(get("/api/x").headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("10");
        assertThat(get("/other/x").headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("50");
        assertThat(get("/second/x").headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("100");
    }

    @Test
    void consumerScopedRateLimitAppliesToThatConsumerOnly() throws Exception {
        apply(plugin("key-auth", Map.of(), service.id(), null, null),
                plugin("rate-limiting", Map.of("hour", 100), service.id(), null, null),
                plugin("rate-limiting", Map.of("hour", 2), null, null, alice.id()));
        assertThat(get("/api/x", "apikey", "alice-key").headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("2");
        assertThat(get("/api/x", "apikey", "alice-key").statusCode()).isEqualTo(200);
        assertThat(get("/api/x", "apikey", "alice-key").statusCode()).isEqualTo(429);
        HttpResponse<String> bobs = get("/api/x", "apikey", "bob-key");
        assertThat(bobs.statusCode()).isEqualTo(200);
        assertThat(bobs.headers().firstValue("X-RateLimit-Limit-Hour")).hasValue("100");
    }
}
