package io.slipway.gateway.proxy;

import io.slipway.gateway.config.EntityRef;
import io.slipway.gateway.config.Route;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds Kong routes with defaults for tests: {@code new RouteBuilder("r", serviceId).paths("/a").build()}. */
final class RouteBuilder {

    private final String name;
    private final UUID serviceId;
    private List<String> hosts;
    private List<String> paths;
    private List<String> methods;
    private Map<String, List<String>> headers;
    private boolean stripPath = true;
    private boolean preserveHost;
    private int regexPriority;
    private String pathHandling = "v0";
    private List<String> protocols;
    private List<String> snis;

    RouteBuilder(String name, UUID serviceId) {
        this.name = name;
        this.serviceId = serviceId;
    }

    RouteBuilder hosts(String... h) { hosts = List.of(h); return this; }
    RouteBuilder paths(String... p) { paths = List.of(p); return this; }
    RouteBuilder methods(String... m) { methods = List.of(m); return this; }
    RouteBuilder header(String name, String... values) { headers = Map.of(name, List.of(values)); return this; }
    RouteBuilder stripPath(boolean s) { stripPath = s; return this; }
    RouteBuilder preserveHost(boolean p) { preserveHost = p; return this; }
    RouteBuilder regexPriority(int p) { regexPriority = p; return this; }
    RouteBuilder pathHandling(String v) { pathHandling = v; return this; }
    RouteBuilder protocols(String... p) { protocols = List.of(p); return this; }
    RouteBuilder snis(String... s) { snis = List.of(s); return this; }

    Route build() {
        return new Route(UUID.randomUUID(), name, protocols, methods, hosts, paths, headers, snis, stripPath, preserveHost,
                regexPriority, pathHandling, 426, true, true, EntityRef.of(serviceId), null, 0, 0);
    }
}
