package io.slipway.gateway.metrics;

/** Escaping of label values in Prometheus' text exposition format. */
final class PrometheusText {

    private PrometheusText() {}

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
