package io.slipway.gateway.filter;

/**
 * One step of the request path: authentication, rate limiting, header rewrites, and last of all the
 * proxy call itself. A filter either answers the request ({@link Exchange#respond}) or passes it on
 * ({@link FilterChain#next}), exactly one of the two.
 * <p>
 * Threading: {@code filter} runs on the event loop of the downstream connection and must not block.
 * A filter instance serves many requests at once on different event loops, so it keeps no
 * per-request state in fields; per-request state goes in {@link Exchange#attributes()}.
 * Filters are built once per configuration change and are immutable afterwards.
 */
public interface Filter {

    /** The name reported when the filter breaks the chain's contract, e.g. the plugin name {@code key-auth}. */
    String name();

    void filter(Exchange exchange, FilterChain chain);
}
