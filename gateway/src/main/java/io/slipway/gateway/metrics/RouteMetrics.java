package io.slipway.gateway.metrics;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one route (or of unmatched requests): requests by status, and latency. Obtained once
 * per routing-table compile and held by the compiled route, so the hot path does no map lookup.
 */
public final class RouteMetrics {

    private final String service;
    private final String route;
    private final AtomicReferenceArray<LongAdder> byStatus = new AtomicReferenceArray<>(600);
    private final LatencyHistogram latency = new LatencyHistogram();

    RouteMetrics(String service, String route) {
        this.service = service == null ? "" : service;
        this.route = route == null ? "" : route;
    }

    public void record(int status, long nanos) {
        int s = status >= 100 && status < 600 ? status : 599;
        LongAdder adder = byStatus.get(s);
        if (adder == null) {
            byStatus.compareAndSet(s, null, new LongAdder());
            adder = byStatus.get(s);
        }
        adder.increment();
        latency.record(nanos);
    }

    public long count(int status) {
        LongAdder adder = byStatus.get(status);
        return adder == null ? 0 : adder.sum();
    }

    void renderRequests(StringBuilder out) {
        for (int s = 100; s < 600; s++) {
            LongAdder adder = byStatus.get(s);
            if (adder != null) {
                out.append("slipway_http_requests_total{").append(labels()).append(",code=\"").append(s)
                        .append("\"} ").append(adder.sum()).append('\n');
            }
        }
    }

    void renderLatency(StringBuilder out) {
        latency.render(out, "slipway_request_latency_ms", labels());
    }

    private String labels() {
        return "service=\"" + PrometheusText.escape(service) + "\",route=\"" + PrometheusText.escape(route) + "\"";
    }
}
