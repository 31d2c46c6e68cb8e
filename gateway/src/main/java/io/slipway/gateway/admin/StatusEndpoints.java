package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.store.ConfigStore;
import java.util.HashMap;
import java.util.function.Supplier;

/** {@code GET /}, {@code /status}, {@code /status/ready}, {@code /metrics} and {@code /upstreams/{u}/health}. */
final class StatusEndpoints {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConfigStore store;
    private final Supplier<ProxyStatus> proxy;
    private final PluginCatalog plugins;
    private final NodeInfo node;
    private final EntityService entities;
    private final io.slipway.gateway.timer.Timers timers;

    StatusEndpoints(ConfigStore store, Supplier<ProxyStatus> proxy, PluginCatalog plugins, NodeInfo node,
                    EntityService entities, io.slipway.gateway.timer.Timers timers) {
        this.store = store;
        this.proxy = proxy;
        this.plugins = plugins;
        this.node = node;
        this.entities = entities;
        this.timers = timers;
    }

    void register(PathRouter router) {
        router.add("GET", "/", call -> Reply.json(200, root()));
        router.add("GET", "/status", call -> Reply.json(200, status()));
        router.add("GET", "/status/ready", call -> ready());
        router.add("GET", "/metrics", call -> Reply.text(200, "text/plain; version=0.0.4; charset=utf-8",
                proxy.get().metricsText()));
        router.add("GET", "/upstreams/{upstream}/health", this::health);
    }

    private ObjectNode root() {
        var body = JSON.objectNode();
        body.put("tagline", "Welcome to Slipway gateway, Kong-compatible");
        body.put("version", node.kongVersion());
        body.put("slipway_version", node.version());
        body.put("edition", "community");
        body.put("node_id", node.nodeId().toString());
        body.put("hostname", node.hostname());
        var pluginsNode = body.putObject("plugins");
        var available = pluginsNode.putObject("available_on_server");
        plugins.available().forEach(name -> available.putObject(name).put("version", node.version()).put("priority", 0));
        var enabled = pluginsNode.putArray("enabled_in_cluster");
        store.current().plugins().stream().map(p -> p.name()).distinct().sorted().forEach(enabled::add);
        var configuration = body.putObject("configuration");
        configuration.put("database", node.database());
        configuration.put("role", "traditional");
        var proxyListen = configuration.putArray("proxy_listen");
        node.proxyListen().forEach(proxyListen::add);
        var adminListen = configuration.putArray("admin_listen");
        node.adminListen().forEach(adminListen::add);
        if (node.dataSource() != null) configuration.put("declarative_config", node.dataSource());
        var names = configuration.putArray("plugins");
        plugins.available().forEach(names::add);
        var sys = TimersEndpoint.sys(timers.views());
        body.putObject("timers").put("running", sys.get("running").asLong()).put("pending", sys.get("pending").asLong());
        return body;
    }

    private ObjectNode status() {
        var body = JSON.objectNode();
        body.putObject("database").put("reachable", store.reachable());
        var server = body.putObject("server");
        server.put("connections_active", 0);
        server.put("connections_accepted", 0);
        server.put("connections_handled", 0);
        server.put("connections_reading", 0);
        server.put("connections_writing", 0);
        server.put("connections_waiting", 0);
        server.put("total_requests", 0);
        var runtime = Runtime.getRuntime();
        var memory = body.putObject("memory");
        memory.put("heap_used_bytes", runtime.totalMemory() - runtime.freeMemory());
        memory.put("heap_committed_bytes", runtime.totalMemory());
        memory.put("heap_max_bytes", runtime.maxMemory());
        String served = proxy.get().servedConfigHash();
        body.put("configuration_hash", served == null ? store.current().hash() : served);
        return body;
    }

    private Reply ready() {
        var served = proxy.get().servedConfigHash();
        if (served == null || !store.reachable()) {
            return Reply.json(503, JSON.objectNode().put("message",
                    served == null ? "no configuration served yet" : "database not reachable"));
        }
        return Reply.json(200, JSON.objectNode().put("message", "ready"));
    }

    private Reply health(ApiCall call) {
        var upstream = entities.get(EntityKind.UPSTREAM, Scope.NONE, call.param("upstream"));
        var targets = entities.list(EntityKind.TARGET, new Scope(EntityKind.UPSTREAM, "upstream", upstream.id().toString()));
        var states = new HashMap<String, ProxyStatus.TargetState>();
        proxy.get().upstreamHealth(((io.slipway.gateway.config.Upstream) upstream).name())
                .ifPresent(list -> list.forEach(s -> states.put(s.target(), s)));
        var body = Paging.page(call, targets, entity -> {
            var target = (Target) entity;
            var json = KongJson.toJson(target);
            var state = states.get(target.target());
            String health = target.weight() == 0 ? "HEALTHCHECKS_OFF"
                    : state == null ? "HEALTHCHECKS_OFF" : state.health();
            json.put("health", health);
            putTraffic(json, state);
            var address = json.putObject("data").putArray("addresses").addObject();
            address.put("ip", target.host());
            address.put("port", target.port());
            address.put("health", health);
            address.put("weight", target.weight());
            return json;
        });
        int fromConsul = 0;
        if (((io.slipway.gateway.config.Upstream) upstream).consulService() != null && !body.has("next")) {
            fromConsul = appendConsulTargets(body, upstream.id().toString(), states);
        }
        body.put("total", targets.size() + fromConsul);
        body.put("node_id", node.nodeId().toString());
        return Reply.json(200, body);
    }

    /** Slipway extensions: requests now proxied to the target, and its answers by status class. */
    private static void putTraffic(ObjectNode json, ProxyStatus.TargetState state) {
        json.put("in_flight", state == null ? 0 : state.inFlight());
        var counts = state == null ? ProxyStatus.Responses.NONE : state.responses();
        var responses = json.putObject("responses");
        responses.put("2xx", counts.status2xx());
        responses.put("3xx", counts.status3xx());
        responses.put("4xx", counts.status4xx());
        responses.put("5xx", counts.status5xx());
        responses.put("connection_failures", counts.connectionFailures());
    }

    /** Targets that follow Consul are not entities: they are shown after the configured ones, without an id. */
    private static int appendConsulTargets(ObjectNode body, String upstreamId,
                                            java.util.Map<String, ProxyStatus.TargetState> states) {
        var data = (com.fasterxml.jackson.databind.node.ArrayNode) body.get("data");
        var shown = new java.util.HashSet<String>();
        data.forEach(entry -> shown.add(entry.path("target").asText()));
        states.values().stream().filter(s -> !shown.contains(s.target())).forEach(state -> {
            var json = data.addObject();
            json.put("target", state.target());
            json.put("weight", state.weight());
            json.putObject("upstream").put("id", upstreamId);
            json.put("source", "consul");
            json.put("health", state.health());
            putTraffic(json, state);
        });
        return data.size() - shown.size();
    }
}
