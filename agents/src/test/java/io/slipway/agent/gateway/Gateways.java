package io.slipway.agent.gateway;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real gateway nodes for the gateway steps' tests, started in-process on 127.0.0.1 port 0 through the gateway
 * module's one public entry point. Nodes started on the same folder share one H2 database, as nodes of a cluster
 * share theirs, and see each other's changes by polling it.
 */
final class Gateways implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<GatewayNode> started = new ArrayList<>();

    /** A node whose database lives in {@code data}. */
    GatewayNode start(Path data) {
        GatewayNode node = GatewayNode.start(GatewaySettings.loopback(data));
        started.add(node);
        return node;
    }

    /** A node started with {@code settings} (an admin token, say). */
    GatewayNode start(GatewaySettings settings) {
        GatewayNode node = GatewayNode.start(settings);
        started.add(node);
        return node;
    }

    /** The step-side description of these nodes, first node primary. */
    static GatewayNodes nodes(GatewayNode... nodes) {
        return GatewayNodes.of(java.util.Arrays.stream(nodes).map(GatewayNode::adminUrl).toList(), null);
    }

    /** A GET through a node's proxy: status and body. */
    static HttpResponse<String> get(GatewayNode node, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        started.forEach(GatewayNode::close);
    }
}
