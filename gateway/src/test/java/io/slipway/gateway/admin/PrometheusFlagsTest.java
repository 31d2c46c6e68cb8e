package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prometheus plugin's flags choose what {@code GET /metrics} shows, as in Kong. */
class PrometheusFlagsTest extends NodeTest {

    private static final byte[] BODY = "twelve bytes".getBytes();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer upstream;

    @BeforeEach
    void startUpstreamAndRoute() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        upstream.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY);
            exchange.close();
        });
        upstream.start();
        String port = Integer.toString(upstream.getAddress().getPort());
        created("/upstreams", "{\"name\":\"pool\"}");
        created("/upstreams/pool/targets", "{\"target\":\"127.0.0.1:" + port + "\"}");
        created("/services", "{\"name\":\"orders\",\"host\":\"pool\"}");
        created("/services/orders/routes", "{\"name\":\"orders-route\",\"paths\":[\"/orders\"]}");
        created("/routes/orders-route/plugins", "{\"name\":\"key-auth\"}");
        created("/consumers", "{\"username\":\"alice\"}");
        created("/consumers/alice/key-auth", "{\"key\":\"alice-key\"}");
    }

    @AfterEach
    void stopUpstream() {
        upstream.stop(0);
    }

    private int post(String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + "/orders"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) request.header("apikey", key);
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String metrics() {
        return admin.get("/metrics").text();
    }

    @Test
    void withoutThePluginEveryFamilyIsShownAndEachFlagTurnsItsFamilyOn() throws Exception {
        assertThat(post("alice-key", "four")).isEqualTo(200);
        String all = metrics();
        assertThat(all).contains("slipway_http_requests_total{service=\"orders\",route=\"orders-route\",code=\"200\"} 1");
        assertThat(all).contains("slipway_request_latency_ms_count{service=\"orders\",route=\"orders-route\"} 1");
        assertThat(all).contains("slipway_bandwidth_bytes{service=\"orders\",route=\"orders-route\",direction=\"ingress\"} 4");
        assertThat(all).contains("slipway_bandwidth_bytes{service=\"orders\",route=\"orders-route\",direction=\"egress\"} 12");
        assertThat(all).contains("slipway_upstream_target_health{upstream=\"pool\"");

        String plugin = created("/plugins", "{\"name\":\"prometheus\",\"config\":{\"status_code_metrics\":true,"
                + "\"per_consumer\":true}}").get("id").asText();
        assertThat(post("alice-key", "")).isEqualTo(200);
        assertThat(post(null, "")).isEqualTo(401);
        String perConsumer = metrics();
        assertThat(perConsumer)
                .contains("slipway_http_requests_total{service=\"orders\",route=\"orders-route\",consumer=\"alice\",code=\"200\"} 2")
                .contains("slipway_http_requests_total{service=\"orders\",route=\"orders-route\",consumer=\"\",code=\"401\"} 1")
                .doesNotContain("slipway_request_latency_ms_count{service=\"orders\"")
                .doesNotContain("slipway_bandwidth_bytes{")
                .doesNotContain("slipway_upstream_target_health{");

        assertThat(admin.patch("/plugins/" + plugin, "{\"config\":{\"status_code_metrics\":false,\"per_consumer\":false,"
                + "\"latency_metrics\":true,\"bandwidth_metrics\":true,\"upstream_health_metrics\":true}}").status())
                .isEqualTo(200);
        String others = metrics();
        assertThat(others)
                .doesNotContain("slipway_http_requests_total{")
                .contains("slipway_request_latency_ms_count{service=\"orders\",route=\"orders-route\"} 3")
                .contains("slipway_bandwidth_bytes{service=\"orders\",route=\"orders-route\",direction=\"ingress\"} 4")
                .contains("slipway_upstream_target_health{upstream=\"pool\"");
    }

    @Test
    void aPluginOnOneServiceLeavesRoutesItDoesNotCoverOutOfTheMetrics() throws Exception {
        created("/services", "{\"name\":\"other\",\"url\":\"http://127.0.0.1:" + upstream.getAddress().getPort() + "\"}");
        created("/services/other/routes", "{\"name\":\"other-route\",\"paths\":[\"/other\"]}");
        created("/services/orders/plugins", "{\"name\":\"prometheus\",\"config\":{\"status_code_metrics\":true}}");
        assertThat(post("alice-key", "")).isEqualTo(200);
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + "/other")).build(),
                HttpResponse.BodyHandlers.discarding());

        String text = metrics();
        assertThat(text).contains("slipway_http_requests_total{service=\"orders\",route=\"orders-route\",code=\"200\"} 1");
        assertThat(text).doesNotContain("route=\"other-route\"");
    }
}
