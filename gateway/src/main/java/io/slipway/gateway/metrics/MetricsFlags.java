package io.slipway.gateway.metrics;

/**
 * Which metric families {@code GET /metrics} shows for a route (or, for the node-wide families, for the
 * global scope), from the prometheus plugin that applies there, as Kong's plugin decides what it
 * exports: {@code status_code_metrics} (requests by status), {@code latency_metrics} (latency
 * histograms), {@code bandwidth_metrics} (body bytes in and out), {@code upstream_health_metrics}
 * (target health gauges) and {@code per_consumer} (a {@code consumer} label on requests and bytes).
 * Without any prometheus plugin in the configuration, the node shows everything but per-consumer
 * series ({@link #ALL}); with one, a route no instance applies to shows nothing ({@link #NONE}).
 * The proxy counts the same either way: the flags only choose what is rendered.
 */
public record MetricsFlags(boolean statusCodes, boolean latency, boolean bandwidth, boolean upstreamHealth,
                           boolean perConsumer) {

    public static final MetricsFlags ALL = new MetricsFlags(true, true, true, true, false);
    public static final MetricsFlags NONE = new MetricsFlags(false, false, false, false, false);
}
