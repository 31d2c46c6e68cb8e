package io.slipway.server;

import com.sun.net.httpserver.HttpServer;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.server.config.ReleaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What release tests switch traffic on: a real gateway node in-process (proxy and Admin API on 127.0.0.1 port 0)
 * and tiny HTTP services standing for the versions of an application behind it. Closing it stops the services and
 * the node. Not thread-safe: one test's set-up and assertions use it.
 */
public final class GatewayFixture implements AutoCloseable {

    private final GatewayNode node;
    private final List<HttpServer> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private GatewayFixture(GatewayNode node) {
        this.node = node;
    }

    /** A gateway node keeping its configuration under {@code dir}. */
    public static GatewayFixture start(Path dir) {
        return new GatewayFixture(GatewayNode.start(GatewaySettings.loopback(dir)));
    }

    public GatewayNode node() {
        return node;
    }

    /** Release settings that let a server's release steps reach this node's Admin API (no token). */
    public ReleaseSettings releaseSettings() {
        return ReleaseSettings.none().withGatewayAdminUrls(List.of(node.adminUrl()), null);
    }

    /**
     * Starts a service on 127.0.0.1 port 0 that answers every request 200 with {@code body}; returns its
     * {@code host:port}, as a gateway target names it.
     */
    public String service(String body) {
        try {
            HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            service.createContext("/", exchange -> {
                try (exchange) {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                }
            });
            service.start();
            services.add(service);
            return "127.0.0.1:" + service.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of {@code GET path} through the gateway's proxy (bounded: 10 s). */
    public String get(String path) {
        return send(path).body();
    }

    /**
     * GETs {@code path} through the proxy until it answers 200 with {@code expected} (stripped), at most 100 times
     * 100 ms apart (a container may still be starting); returns the last body, so that the caller's assertion
     * shows what was served instead.
     */
    public String await(String path, String expected) {
        String body = null;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = send(path);
            body = response.body().strip();
            if (response.statusCode() == 200 && body.equals(expected)) {
                return body;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return body;
    }

    private HttpResponse<String> send(String path) {
        URI uri = URI.create("http://127.0.0.1:" + node.proxyPort() + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        services.forEach(service -> service.stop(0));
        node.close();
    }
}
