package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.store.ClusterNode;
import io.slipway.gateway.store.ConfigStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Kong's {@code GET /clustering/status} (an object keyed by node id) and {@code GET /clustering/data-planes}
 * (a paged list), answered by every node, for the nodes sharing this node's configuration store (one
 * PostgreSQL database; an H2 file or a DB-less node is a cluster of one). Each node shows Kong's
 * {@code hostname}, {@code ip}, {@code last_seen}, {@code config_hash} and {@code version}, and
 * Slipway's {@code config_version} (the store's change counter at the configuration it serves),
 * {@code slipway_version}, {@code admin_listen} and {@code started_at}. Other nodes appear as they last
 * reported (every 10 s and after each change they applied); this node as it is now.
 */
final class ClusteringEndpoints {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConfigStore store;
    private final Supplier<ClusterNode> self;

    ClusteringEndpoints(ConfigStore store, Supplier<ClusterNode> self) {
        this.store = store;
        this.self = self;
    }

    void register(PathRouter router) {
        router.add("GET", "/clustering/status", call -> {
            var body = JSON.objectNode();
            nodes().forEach(node -> body.set(node.id().toString(), view(node, false)));
            return Reply.json(200, body);
        });
        router.add("GET", "/clustering/data-planes", this::dataPlanes);
    }

    private Reply dataPlanes(ApiCall call) {
        int size = Paging.size(call.queryParam("size"));
        int from = Paging.indexOffset(call.queryParam("offset"));
        var nodes = nodes();
        var body = JSON.objectNode();
        var data = body.putArray("data");
        nodes.stream().skip(from).limit(size).forEach(node -> data.add(view(node, true)));
        if (from + size < nodes.size()) {
            String token = Paging.indexToken(from + size);
            body.put("offset", token);
            body.put("next", call.path() + "?offset=" + token + "&size=" + size);
        } else {
            body.putNull("next");
        }
        return Reply.json(200, body);
    }

    /** The stored reports, with this node's own replaced by its live one. */
    private List<ClusterNode> nodes() {
        var me = self.get();
        var nodes = new ArrayList<ClusterNode>();
        nodes.add(me);
        List<ClusterNode> stored;
        try {
            stored = store.nodes();
        } catch (RuntimeException e) {
            throw ApiError.coded(503, 8, "database error",
                    "the configuration store is not reachable, so the other nodes cannot be listed");
        }
        stored.stream().filter(n -> !n.id().equals(me.id())).forEach(nodes::add);
        nodes.sort(java.util.Comparator.comparing(n -> n.id().toString()));
        return nodes;
    }

    private static ObjectNode view(ClusterNode node, boolean withId) {
        var json = JSON.objectNode();
        if (withId) json.put("id", node.id().toString());
        json.put("hostname", node.hostname());
        json.put("ip", node.ip());
        json.put("last_seen", node.lastSeen());
        json.put("config_hash", node.configHash());
        json.put("version", node.version());
        json.put("config_version", node.configVersion());
        json.put("slipway_version", node.slipwayVersion());
        var listen = json.putArray("admin_listen");
        node.adminListen().forEach(listen::add);
        json.put("started_at", node.startedAt());
        return json;
    }
}
