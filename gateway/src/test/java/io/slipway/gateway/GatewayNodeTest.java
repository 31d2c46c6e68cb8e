package io.slipway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.slipway.gateway.admin.AdminClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayNodeTest {

    @TempDir
    Path data;

    @Test
    void serviceAndRouteCreatedThroughTheAdminApiAreProxiedToARealUpstream() throws Exception {
        var upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = ("hello from " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        try (var node = GatewayNode.start(GatewaySettings.loopback(data))) {
            var admin = new AdminClient(node.adminUrl());
            assertThat(admin.form("POST", "/services", "name=echo",
                    "url=http://127.0.0.1:" + upstream.getAddress().getPort() + "/base").status()).isEqualTo(201);
            assertThat(admin.form("POST", "/services/echo/routes", "paths[]=/echo", "name=echo-route").status())
                    .isEqualTo(201);
            assertThat(admin.get("/status").json().get("configuration_hash").asText())
                    .isEqualTo(node.configuration().hash());

            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + node.proxyPort() + "/echo/thing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello from /base/thing");

            var missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + node.proxyPort() + "/nowhere")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
        } finally {
            upstream.stop(0);
        }
    }

    @Test
    void restartOnTheSameDataFolderKeepsEveryEntity() {
        String hash;
        String serviceId;
        try (var node = GatewayNode.start(GatewaySettings.loopback(data))) {
            var admin = new AdminClient(node.adminUrl());
            serviceId = admin.post("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000\"}").json().get("id").asText();
            admin.post("/services/s/routes", "{\"paths\":[\"/s\"]}");
            admin.post("/consumers", "{\"username\":\"c\"}");
            admin.post("/consumers/c/key-auth", "{\"key\":\"k\"}");
            admin.post("/upstreams", "{\"name\":\"u\"}");
            admin.post("/upstreams/u/targets", "{\"target\":\"127.0.0.1:9001\"}");
            admin.post("/plugins", "{\"name\":\"cors\"}");
            hash = node.configuration().hash();
        }
        try (var node = GatewayNode.start(GatewaySettings.loopback(data))) {
            var admin = new AdminClient(node.adminUrl());
            assertThat(admin.get("/services/s").json().get("id").asText()).isEqualTo(serviceId);
            assertThat(admin.get("/consumers/c/key-auth").json().get("data")).hasSize(1);
            assertThat(admin.get("/upstreams/u/targets").json().get("data")).hasSize(1);
            assertThat(admin.get("/status").json().get("configuration_hash").asText()).isEqualTo(hash);
        }
    }
}
