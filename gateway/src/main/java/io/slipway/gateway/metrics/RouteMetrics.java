package io.slipway.gateway.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of one route (or of unmatched requests): requests by status, body bytes in and out, and
 * latency; per consumer too, for requests a plugin authenticated. Obtained once per routing-table
 * compile and held by the compiled route, so the hot path does no lookup but the consumer's. The
 * {@link MetricsFlags} set at compile time decide what {@link GatewayMetrics#render} shows.
 */
public final class RouteMetrics {

    private final String service;
    private final String route;
    private final StatusCounts all = new StatusCounts();
    private final Map<String, StatusCounts> byConsumer = new ConcurrentHashMap<>();
    private final LatencyHistogram latency = new LatencyHistogram();
    private volatile MetricsFlags flags = MetricsFlags.ALL;

    RouteMetrics(String service, String route) {
        this.service = service == null ? "" : service;
        this.route = route == null ? "" : route;
    }

    public void record(int status, long nanos) {
        record(status, nanos, 0, 0, null);
    }

    /** @param consumer the authenticated consumer's username (or id), or null */
    public void record(int status, long nanos, long bytesIn, long bytesOut, String consumer) {
        all.record(status, bytesIn, bytesOut);
        if (consumer != null) {
            byConsumer.computeIfAbsent(consumer, c -> new StatusCounts()).record(status, bytesIn, bytesOut);
        }
        latency.record(nanos);
    }

    public long count(int status) {
        return all.count(status);
    }

    /** What the renderer shows for this route, from the prometheus plugin that applies to it. */
    public void flags(MetricsFlags flags) {
        this.flags = flags;
    }

    MetricsFlags flags() {
        return flags;
    }

    void renderRequests(StringBuilder out) {
        if (!flags.statusCodes()) {
            return;
        }
        boolean perConsumer = flags.perConsumer();
        for (int s = 100; s < 600; s++) {
            long total = all.count(s);
            if (total == 0) {
                continue;
            }
            if (!perConsumer) {
                requestLine(out, s, null, total);
                continue;
            }
            long named = 0;
            for (Map.Entry<String, StatusCounts> e : byConsumer.entrySet()) {
                long n = e.getValue().count(s);
                if (n > 0) {
                    requestLine(out, s, e.getKey(), n);
                    named += n;
                }
            }
            if (total > named) {
                requestLine(out, s, "", total - named);
            }
        }
    }

    private void requestLine(StringBuilder out, int status, String consumer, long value) {
        out.append("slipway_http_requests_total{").append(labels());
        if (consumer != null) out.append(",consumer=\"").append(PrometheusText.escape(consumer)).append('"');
        out.append(",code=\"").append(status).append("\"} ").append(value).append('\n');
    }

    void renderLatency(StringBuilder out) {
        if (flags.latency()) {
            latency.render(out, "slipway_request_latency_ms", labels());
        }
    }

    void renderBandwidth(StringBuilder out) {
        if (!flags.bandwidth()) {
            return;
        }
        if (!flags.perConsumer()) {
            bandwidthLines(out, null, all.ingressBytes.sum(), all.egressBytes.sum());
            return;
        }
        long in = all.ingressBytes.sum();
        long outBytes = all.egressBytes.sum();
        for (Map.Entry<String, StatusCounts> e : byConsumer.entrySet()) {
            long ci = e.getValue().ingressBytes.sum();
            long co = e.getValue().egressBytes.sum();
            bandwidthLines(out, e.getKey(), ci, co);
            in -= ci;
            outBytes -= co;
        }
        bandwidthLines(out, "", Math.max(0, in), Math.max(0, outBytes));
    }

    private void bandwidthLines(StringBuilder out, String consumer, long in, long egress) {
        String consumerLabel = consumer == null ? "" : ",consumer=\"" + PrometheusText.escape(consumer) + "\"";
        out.append("slipway_bandwidth_bytes{").append(labels()).append(",direction=\"ingress\"").append(consumerLabel)
                .append("} ").append(in).append('\n');
        out.append("slipway_bandwidth_bytes{").append(labels()).append(",direction=\"egress\"").append(consumerLabel)
                .append("} ").append(egress).append('\n');
    }

    private String labels() {
        return "service=\"" + PrometheusText.escape(service) + "\",route=\"" + PrometheusText.escape(route) + "\"";
    }
}
