package io.slipway.gateway.filter;

/** Passes an exchange to the next filter of an immutable chain. */
public interface FilterChain {

    void next(Exchange exchange);
}
