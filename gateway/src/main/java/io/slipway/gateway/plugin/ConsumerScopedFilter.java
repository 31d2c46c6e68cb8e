package io.slipway.gateway.plugin;

import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import java.util.Map;

/**
 * A plugin that has instances scoped to consumers: which instance applies is known only once an
 * authentication plugin (higher priority, so earlier) has identified the consumer. Holds the
 * winning filter per consumer, decided by precedence when the chain was built, and the filter for
 * everybody else (null when the plugin applies to none but those consumers).
 */
final class ConsumerScopedFilter implements Filter {

    private final String name;
    private final Filter fallback;
    private final Map<String, Filter> byConsumer;

    ConsumerScopedFilter(String name, Filter fallback, Map<String, Filter> byConsumer) {
        this.name = name;
        this.fallback = fallback;
        this.byConsumer = Map.copyOf(byConsumer);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        AuthenticatedConsumer consumer = exchange.consumer().orElse(null);
        Filter chosen = consumer == null ? fallback : byConsumer.getOrDefault(consumer.id(), fallback);
        if (chosen == null) {
            chain.next(exchange);
        } else {
            chosen.filter(exchange, chain);
        }
    }
}
