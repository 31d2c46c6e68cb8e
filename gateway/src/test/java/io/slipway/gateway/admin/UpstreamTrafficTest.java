package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /upstreams/{u}/health}'s Slipway extensions, as a release step drains a target and
 * watches error rates: {@code in_flight} and {@code responses} per target, over real proxied traffic.
 */
class UpstreamTrafficTest extends NodeTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer upstream;

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        upstream.setExecutor(Executors.newFixedThreadPool(4));
        upstream.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/hold")) {
                held.countDown();
                await(release);
            }
            int status = path.startsWith("/status/") ? Integer.parseInt(path.substring(8)) : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        upstream.start();
    }

    @AfterEach
    void stopUpstream() {
        release.countDown();
        upstream.stop(0);
    }

    @Test
    void healthCountsEachTargetsInFlightRequestsAndResponsesByStatusClass() throws Exception {
        String target = "127.0.0.1:" + upstream.getAddress().getPort();
        created("/upstreams", "{\"name\":\"pool\"}");
        created("/upstreams/pool/targets", "{\"target\":\"" + target + "\"}");
        created("/services", "{\"name\":\"svc\",\"host\":\"pool\",\"retries\":0}");
        created("/services/svc/routes", "{\"paths\":[\"/\"]}");

        for (String path : new String[] {"/status/200", "/status/204", "/status/302", "/status/404", "/status/503"}) {
            proxied(path);
        }
        // The client may read the last byte a moment before the proxy's handler counts the request done.
        var idle = awaitIdle("pool", target);
        assertThat(idle.get("in_flight").asInt()).isZero();
        assertThat(idle.get("responses").toString())
                .isEqualTo("{\"2xx\":2,\"3xx\":1,\"4xx\":1,\"5xx\":1,\"connection_failures\":0}");

        CompletableFuture<HttpResponse<Void>> slow = client.sendAsync(request("/hold"), HttpResponse.BodyHandlers.discarding());
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the upstream received the held request").isTrue();
        assertThat(targetHealth("pool", target).get("in_flight").asInt()).isEqualTo(1);

        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        var drained = awaitIdle("pool", target);
        assertThat(drained.get("in_flight").asInt()).isZero();
        assertThat(drained.at("/responses/2xx").asLong()).isEqualTo(3);
    }

    @Test
    void aTargetThatRefusesConnectionsCountsConnectionFailures() throws Exception {
        String dead = "127.0.0.1:" + closedPort();
        created("/upstreams", "{\"name\":\"gone\"}");
        created("/upstreams/gone/targets", "{\"target\":\"" + dead + "\"}");
        created("/services", "{\"name\":\"svc\",\"host\":\"gone\",\"retries\":0}");
        created("/services/svc/routes", "{\"paths\":[\"/\"]}");

        assertThat(proxied("/anything")).isEqualTo(502);
        assertThat(proxied("/again")).isEqualTo(502);

        var health = awaitIdle("gone", dead);
        assertThat(health.get("in_flight").asInt()).isZero();
        assertThat(health.at("/responses/connection_failures").asLong()).isEqualTo(2);
        assertThat(health.at("/responses/5xx").asLong()).as("the gateway's own 502 is not the target's answer").isZero();
    }

    /** The target's health once nothing is in flight to it any more (bounded: 5 s), as drain waits for it. */
    private JsonNode awaitIdle(String upstreamName, String target) throws InterruptedException {
        JsonNode health = targetHealth(upstreamName, target);
        for (int i = 0; i < 100 && health.get("in_flight").asInt() != 0; i++) {
            Thread.sleep(50);
            health = targetHealth(upstreamName, target);
        }
        return health;
    }

    private JsonNode targetHealth(String upstreamName, String target) {
        var response = admin.get("/upstreams/" + upstreamName + "/health");
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode entry : response.json().get("data")) {
            if (entry.get("target").asText().equals(target)) return entry;
        }
        throw new AssertionError("no target " + target + " in " + response.text());
    }

    private int proxied(String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + path))
                .timeout(java.time.Duration.ofSeconds(20)).build();
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
