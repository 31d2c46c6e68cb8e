package io.slipway.gateway.proxy.consul;

import org.kiwiproject.consul.Consul;
import org.kiwiproject.consul.HealthClient;

/** Builds consul-client clients for an agent URL, with a read timeout above the blocking-query wait. */
final class ConsulClients {

    private ConsulClients() {}

    static HealthClient health(String url) {
        return Consul.builder().withUrl(url).withPing(false).withReadTimeoutMillis(40_000).build().healthClient();
    }
}
