package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The flags of Kong's prometheus plugin. This node always collects its metrics (the proxy counts
 * them), so the plugin is accepted but puts no filter on the request path; its flags are kept here
 * for the metrics renderer to consult, e.g. {@code per_consumer}.
 */
public record PrometheusSettings(boolean perConsumer, boolean statusCodeMetrics, boolean latencyMetrics,
                                 boolean bandwidthMetrics, boolean upstreamHealthMetrics) {

    static PrometheusSettings of(ObjectNode config) {
        return new PrometheusSettings(config.path("per_consumer").asBoolean(false),
                config.path("status_code_metrics").asBoolean(false),
                config.path("latency_metrics").asBoolean(false),
                config.path("bandwidth_metrics").asBoolean(false),
                config.path("upstream_health_metrics").asBoolean(false));
    }
}
