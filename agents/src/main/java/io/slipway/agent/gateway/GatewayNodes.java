package io.slipway.agent.gateway;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The gateway nodes a build may change, offered by the server through
 * {@link io.slipway.agent.step.BuildExtensions} (from {@code SLIPWAY_GATEWAY_ADMIN_URLS}, by default the embedded
 * node). Changes are written to the first node; all nodes share the configuration through their database, and
 * the steps wait until every node serves the change. Immutable.
 *
 * @param nodes at least one node
 */
public record GatewayNodes(List<Node> nodes) {

    public GatewayNodes {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one gateway node is needed");
        }
    }

    /** Nodes at these Admin API URLs, all with the same admin token (null: none). */
    public static GatewayNodes of(List<String> adminUrls, String adminToken) {
        return new GatewayNodes(adminUrls.stream().map(u -> new Node(URI.create(u), adminToken)).toList());
    }

    /** The node changes are written to. */
    public Node primary() {
        return nodes.get(0);
    }

    /**
     * One node's Admin API: its base URL and the admin token it requires ({@code Kong-Admin-Token}), or null.
     * {@link #toString()} never shows the token.
     */
    public record Node(URI adminUrl, String adminToken) {

        public Node {
            Objects.requireNonNull(adminUrl, "adminUrl");
            String text = adminUrl.toString();
            adminUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        }

        @Override
        public String toString() {
            return adminUrl.toString();
        }
    }
}
