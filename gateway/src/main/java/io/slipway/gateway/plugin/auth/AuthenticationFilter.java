package io.slipway.gateway.plugin.auth;

import io.netty.util.AsciiString;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.ConsumerIndex;

/**
 * What Kong's authentication plugins share: skipping preflight requests when
 * {@code run_on_preflight} is false, the logical OR between several auth plugins when
 * {@code anonymous} is set (a request already identified by a credential passes), and falling back
 * to the anonymous consumer instead of refusing. Subclasses only identify the credential.
 */
abstract class AuthenticationFilter implements Filter {

    static final AsciiString ANONYMOUS_HEADER = AsciiString.cached("X-Anonymous-Consumer");
    private static final Rejection ANONYMOUS_MISSING = Rejection.of(500, "An unexpected error occurred");

    private final String name;
    private final boolean runOnPreflight;
    private final boolean anonymousSet;
    private final AuthenticatedConsumer anonymous;

    /** {@code anonymous} is the configured id or username, or null; it is resolved here, once. */
    AuthenticationFilter(String name, boolean runOnPreflight, String anonymous, ConsumerIndex consumers) {
        this.name = name;
        this.runOnPreflight = runOnPreflight;
        this.anonymousSet = anonymous != null && !anonymous.isEmpty();
        this.anonymous = anonymousSet ? consumers.anonymous(anonymous).orElse(null) : null;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void filter(Exchange exchange, FilterChain chain) {
        if (!runOnPreflight && "OPTIONS".equals(exchange.method())) {
            chain.next(exchange);
            return;
        }
        if (anonymousSet && exchange.consumer().map(c -> c.credentialId() != null).orElse(false)) {
            chain.next(exchange);
            return;
        }
        Rejection rejection = authenticate(exchange);
        if (rejection == null) {
            exchange.requestHeaders().remove(ANONYMOUS_HEADER);
            chain.next(exchange);
        } else if (!anonymousSet) {
            rejection.send(exchange);
        } else if (anonymous == null) {
            ANONYMOUS_MISSING.send(exchange);
        } else {
            exchange.authenticate(anonymous);
            exchange.requestHeaders().set(ANONYMOUS_HEADER, "true");
            chain.next(exchange);
        }
    }

    /**
     * Identifies the request's credential and calls {@link Exchange#authenticate} on success, returning
     * null; otherwise returns why the request is refused and leaves the exchange unauthenticated.
     */
    abstract Rejection authenticate(Exchange exchange);
}
