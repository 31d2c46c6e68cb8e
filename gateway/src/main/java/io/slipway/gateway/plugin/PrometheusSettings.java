package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.metrics.MetricsFlags;

/**
 * The flags of Kong's prometheus plugin. This node always collects its metrics (the proxy counts
 * them), so the plugin puts no filter on the request path; its flags decide what the metrics
 * renderer shows ({@link #flags}).
 */
public record PrometheusSettings(boolean perConsumer, boolean statusCodeMetrics, boolean latencyMetrics,
                                 boolean bandwidthMetrics, boolean upstreamHealthMetrics) {

    /** The families to render for the routes this instance applies to. */
    public MetricsFlags flags() {
        return new MetricsFlags(statusCodeMetrics, latencyMetrics, bandwidthMetrics, upstreamHealthMetrics, perConsumer);
    }

    static PrometheusSettings of(ObjectNode config) {
        return new PrometheusSettings(config.path("per_consumer").asBoolean(false),
                config.path("status_code_metrics").asBoolean(false),
                config.path("latency_metrics").asBoolean(false),
                config.path("bandwidth_metrics").asBoolean(false),
                config.path("upstream_health_metrics").asBoolean(false));
    }
}
