package io.slipway.gateway.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's proxy metrics. Route counters are keyed by route id (and service and route names), so
 * they survive table swaps while the route stays; {@link #render} writes Prometheus text.
 */
public final class GatewayMetrics {

    /** A target's state for the health gauge. */
    public record TargetGauge(String upstream, String target, String state) {}

    private final Map<String, RouteMetrics> routes = new ConcurrentHashMap<>();
    private final RouteMetrics unmatched = new RouteMetrics("", "");
    private volatile MetricsFlags global = MetricsFlags.ALL;

    public RouteMetrics forRoute(String routeId, String serviceName, String routeName) {
        String key = routeId + '\u0000' + serviceName + '\u0000' + routeName;
        return routes.computeIfAbsent(key, k -> new RouteMetrics(serviceName, routeName == null ? routeId : routeName));
    }

    /** Counters of requests that matched no route. */
    public RouteMetrics unmatched() {
        return unmatched;
    }

    /** What the renderer shows of the node-wide families (unmatched requests, upstream health). */
    public void globalFlags(MetricsFlags flags) {
        this.global = flags;
        unmatched.flags(flags);
    }

    public String render(List<TargetGauge> targets) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP slipway_http_requests_total HTTP requests proxied, by service, route and status code\n");
        out.append("# TYPE slipway_http_requests_total counter\n");
        unmatched.renderRequests(out);
        routes.values().forEach(r -> r.renderRequests(out));
        out.append("# HELP slipway_request_latency_ms Time from request head to end of response, in ms\n");
        out.append("# TYPE slipway_request_latency_ms histogram\n");
        routes.values().forEach(r -> r.renderLatency(out));
        out.append("# HELP slipway_bandwidth_bytes Body bytes received from clients (ingress) and sent to them (egress)\n");
        out.append("# TYPE slipway_bandwidth_bytes counter\n");
        routes.values().forEach(r -> r.renderBandwidth(out));
        out.append("# HELP slipway_upstream_target_health Upstream target health (1 for the current state)\n");
        out.append("# TYPE slipway_upstream_target_health gauge\n");
        if (global.upstreamHealth()) {
            for (TargetGauge t : targets) {
                for (String state : List.of("healthy", "unhealthy", "healthchecks_off")) {
                    out.append("slipway_upstream_target_health{upstream=\"").append(PrometheusText.escape(t.upstream()))
                            .append("\",target=\"").append(PrometheusText.escape(t.target())).append("\",state=\"")
                            .append(state).append("\"} ").append(state.equals(t.state()) ? 1 : 0).append('\n');
                }
            }
        }
        return out.toString();
    }
}
