package io.slipway.gateway.proxy;

import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import java.util.List;

/**
 * An immutable filter chain (list + index), built once per route and configuration change. Each
 * position is a pre-built {@link FilterChain}, so running the chain allocates nothing. After each
 * filter returns, the chain checks the contract: the filter must have answered or called
 * {@code next}; one that did neither is reported by name and the request is answered 500.
 */
final class CompiledChain {

    private final Filter[] filters;
    private final Step[] steps;

    CompiledChain(List<Filter> filters) {
        this.filters = filters.toArray(Filter[]::new);
        this.steps = new Step[this.filters.length + 1];
        for (int i = 0; i <= this.filters.length; i++) {
            steps[i] = new Step(i);
        }
    }

    List<String> names() {
        return java.util.Arrays.stream(filters).map(Filter::name).toList();
    }

    void start(ProxyExchange exchange) {
        steps[0].next(exchange);
    }

    private final class Step implements FilterChain {
        private final int index;

        Step(int index) {
            this.index = index;
        }

        @Override
        public void next(Exchange exchange) {
            ProxyExchange ex = (ProxyExchange) exchange;
            if (index >= filters.length) {
                return;                          // the proxy filter is last and never calls next
            }
            ex.reached(index);
            Filter filter = filters[index];
            try {
                filter.filter(ex, steps[index + 1]);
            } catch (RuntimeException e) {
                ChainContract.threw(filter.name(), e);
                if (!ex.answered() && ex.reachedIndex() <= index) {
                    ex.respondJson(500, ProxyMessages.INTERNAL, null);
                }
                return;
            }
            if (!ex.answered() && ex.reachedIndex() <= index) {
                ChainContract.neitherAnsweredNorPassedOn(filter.name());
                ex.respondJson(500, ProxyMessages.INTERNAL, null);
            }
        }
    }
}
