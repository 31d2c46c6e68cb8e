package io.slipway.gateway.proxy;

import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;

/** The last filter of every route: sends the request to the service and streams the answer back. */
final class ProxyFilter implements Filter {

    static final ProxyFilter INSTANCE = new ProxyFilter();

    @Override
    public String name() {
        return "proxy";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        ((ProxyExchange) exchange).proxy();
    }
}
