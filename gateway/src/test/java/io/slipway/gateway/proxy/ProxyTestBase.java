package io.slipway.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a proxy on 127.0.0.1:0 per test, with helpers to apply entities and send requests. */
abstract class ProxyTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    ProxyServer proxy;
    final List<AutoCloseable> closeables = new ArrayList<>();
    /** The proxy's background tasks (health checks, Consul watches), as {@code GET /timers} would show them. */
    final io.slipway.gateway.timer.Timers timers = new io.slipway.gateway.timer.Timers();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startProxy() {
        proxy = ProxyServer.start(settings(), timers);
    }

    ProxySettings settings() {
        return ProxySettings.of("127.0.0.1", 0).withEventLoopThreads(2);
    }

    @AfterEach
    void stopAll() throws Exception {
        proxy.close();
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    EchoUpstream upstream(String name) throws IOException {
        EchoUpstream u = new EchoUpstream(name);
        closeables.add(u);
        return u;
    }

    void apply(Entity... entities) {
        proxy.apply(GatewayConfig.of(List.of(entities)));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + proxy.port() + pathAndQuery);
    }

    static io.slipway.gateway.config.Upstream upstreamEntity(String name, String algorithm, String hashOn,
                                                            String hashOnHeader, io.slipway.gateway.config.Healthchecks checks,
                                                            String consulService) {
        return new io.slipway.gateway.config.Upstream(java.util.UUID.randomUUID(), name, algorithm, hashOn, null,
                hashOnHeader, null, null, null, null, null, null, null, 10_000, checks, null, null, false,
                consulService, null, 0, 0);
    }

    static io.slipway.gateway.config.Service serviceWith(String name, String host, int port, int retries,
                                                        int connectTimeout, int readTimeout) {
        var s = io.slipway.gateway.config.Service.of(name, "http", host, port, null);
        return new io.slipway.gateway.config.Service(s.id(), name, "http", host, port, null, retries, connectTimeout,
                readTimeout, readTimeout, true, null, null, null, null, null, 0, 0);
    }

    /** Sends n GETs and counts answers by the upstream that served them. */
    java.util.Map<String, Integer> distribution(String path, int n) throws Exception {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) throw new AssertionError("status " + r.statusCode() + ": " + r.body());
            counts.merge(json(r.body()).path("upstream").asText(), 1, Integer::sum);
        }
        return counts;
    }

    static int closedPort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}
