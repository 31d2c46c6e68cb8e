package io.slipway.gateway.proxy;

import io.slipway.gateway.proxy.balance.TargetState;
import io.slipway.gateway.proxy.balance.UpstreamRuntime;

/**
 * Where a service's requests go: through an upstream's balancer ({@code upstream} set), or straight
 * to one address ({@code direct}, resolved when the table was compiled). Timeouts in milliseconds;
 * {@code retries} is the number of further attempts after a connection failure.
 */
record ServiceTarget(UpstreamRuntime upstream, TargetState direct, String host, int port, String path,
                     int retries, int connectTimeoutMillis, int readTimeoutMillis, int writeTimeoutMillis) {

    /** The Host header sent upstream unless the route preserves the client's. */
    String hostHeader(TargetState target) {
        return target.hostHeader();              // a direct target is built from this service's host and port
    }
}
