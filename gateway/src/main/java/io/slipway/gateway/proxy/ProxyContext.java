package io.slipway.gateway.proxy;

import io.slipway.gateway.metrics.GatewayMetrics;
import java.util.concurrent.atomic.AtomicReference;

/** What every connection handler of one proxy server shares: the current table, pools, metrics, settings. */
record ProxyContext(AtomicReference<RoutingTable> table, ProxySettings settings, UpstreamPools pools,
                    GatewayMetrics metrics, int[] listenPort) {

    int port() {
        return listenPort[0];
    }

    String portText() {
        return Integer.toString(listenPort[0]);
    }
}
