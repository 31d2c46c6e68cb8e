package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ProxyBasicsTest extends ProxyTestBase {

    @Test
    void requestIsProxiedWithPathStrippedQueryKeptAndForwardedHeaders() throws Exception {
        EchoUpstream echo = upstream("a");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), "/base");
        apply(service, Route.forPaths("r", service.id(), "/api"));

        HttpResponse<String> response = get("/api/users?x=1&y=%20");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("path").asText()).isEqualTo("/base/users");
        assertThat(body.path("query").asText()).isEqualTo("x=1&y=%20");
        JsonNode headers = body.path("headers");
        assertThat(headers.path("x-forwarded-for").asText()).isEqualTo("127.0.0.1");
        assertThat(headers.path("x-real-ip").asText()).isEqualTo("127.0.0.1");
        assertThat(headers.path("x-forwarded-proto").asText()).isEqualTo("http");
        assertThat(headers.path("x-forwarded-host").asText()).isEqualTo("127.0.0.1");
        assertThat(headers.path("x-forwarded-port").asText()).isEqualTo(String.valueOf(proxy.port()));
        assertThat(headers.path("x-forwarded-path").asText()).isEqualTo("/api/users");
        assertThat(headers.path("via").asText()).isEqualTo("1.1 slipway");
        assertThat(headers.path("host").asText()).isEqualTo("127.0.0.1:" + echo.port());
        assertThat(response.headers().firstValue("via")).contains("1.1 slipway");
    }

    @Test
    void unmatchedRequestGetsKongs404Json() throws Exception {
        HttpResponse<String> response = get("/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(response.body()).path("message").asText()).isEqualTo("no Route matched with those values");
    }

    @Test
    void unreachableUpstreamGets502Json() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        Service service = Service.of("down", "http", "127.0.0.1", closedPort, null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        HttpResponse<String> response = get("/x");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json(response.body()).path("message").asText())
                .isEqualTo("An invalid response was received from the upstream server");
    }

    @Test
    void keepAliveConnectionServesManyRequestsAndTheServedHashFollowsApply() throws Exception {
        EchoUpstream echo = upstream("a");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));
        for (int i = 0; i < 50; i++) {
            assertThat(get("/n" + i).statusCode()).isEqualTo(200);
        }
        assertThat(echo.hits.get()).isEqualTo(50);
        assertThat(proxy.servedConfigHash()).hasSize(32);
    }

    @Test
    void pipelinedRequestsOnOneConnectionAreAnsweredInOrder() throws Exception {
        EchoUpstream echo = upstream("a");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        try (var socket = new java.net.Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout(10_000);
            String two = "GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n";
            socket.getOutputStream().write(two.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var first = RawHttp.read(socket.getInputStream());
            var second = RawHttp.read(socket.getInputStream());

            assertThat(json(first.body()).path("path").asText()).isEqualTo("/first");
            assertThat(json(second.body()).path("path").asText()).isEqualTo("/second");
        }
    }

    @Test
    void headRequestGetsHeadersWithoutABody() throws Exception {
        EchoUpstream echo = upstream("a");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        var head = client.send(java.net.http.HttpRequest.newBuilder(uri("/h"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var after = get("/after");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(json(after.body()).path("path").asText()).isEqualTo("/after");
    }

    @Test
    void http10ClientGetsItsAnswerAndTheConnectionCloses() throws Exception {
        EchoUpstream echo = upstream("a");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("r", service.id(), "/"));

        try (var socket = new java.net.Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /old HTTP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var response = RawHttp.read(socket.getInputStream());

            assertThat(response.status()).isEqualTo(200);
            assertThat(json(response.body()).path("path").asText()).isEqualTo("/old");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }
}
