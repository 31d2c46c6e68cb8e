package io.slipway.gateway.admin;

import java.util.List;
import java.util.Optional;

/**
 * What the Admin API shows about the proxy it sits beside: the hash of the configuration it serves,
 * its metrics and its view of upstream health. The node adapts its proxy server to this.
 */
public interface ProxyStatus {

    /** The configuration_hash being served, or null before any configuration was applied. */
    String servedConfigHash();

    /** Prometheus text exposition. */
    String metricsText();

    /** The health of each target of the named upstream, or empty if the proxy does not know the upstream. */
    Optional<List<TargetState>> upstreamHealth(String upstreamName);

    /**
     * One target as the balancer sees it: {@code health} is HEALTHY, UNHEALTHY, DNS_ERROR or HEALTHCHECKS_OFF;
     * {@code inFlight} the requests now proxied to it; {@code responses} what it answered so far.
     */
    record TargetState(String target, int weight, String health, int inFlight, Responses responses) {}

    /** A target's answers since it was configured on this node: by status class, and attempts without any response. */
    record Responses(long status2xx, long status3xx, long status4xx, long status5xx, long connectionFailures) {
        public static final Responses NONE = new Responses(0, 0, 0, 0, 0);
    }

    ProxyStatus NONE = new ProxyStatus() {
        @Override public String servedConfigHash() { return null; }
        @Override public String metricsText() { return ""; }
        @Override public Optional<List<TargetState>> upstreamHealth(String upstreamName) { return Optional.empty(); }
    };
}
