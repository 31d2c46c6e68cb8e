package io.slipway.gateway.plugin.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.schema.Json;

/**
 * Kong's request-transformer for what a filter can change without reading the body: headers and
 * query string (remove, rename, replace, add, append, with {@code $(headers.x)} and
 * {@code $(query_params.x)} templates), {@code replace.uri} and {@code http_method}. Body
 * operations are refused by the schema, since request bodies stream to the upstream unread.
 * Kong's order: headers, query string, uri, method.
 */
public final class RequestTransformerFilter implements Filter {

    private final HeaderOperations headers;
    private final QueryOperations query;
    private final Template uri;
    private final String method;

    public RequestTransformerFilter(ObjectNode config) {
        this.headers = new HeaderOperations(config);
        this.query = new QueryOperations(config);
        String replaceUri = Json.text(config.path("replace"), "uri");
        this.uri = replaceUri == null ? null : Template.of(replaceUri);
        this.method = Json.text(config, "http_method");
    }

    @Override
    public String name() {
        return "request-transformer";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        if (!headers.isEmpty()) {
            headers.apply(exchange.requestHeaders(), exchange);
        }
        if (!query.isEmpty()) {
            query.apply(exchange);
        }
        if (uri != null) {
            exchange.upstreamPath(uri.render(exchange));
        }
        if (method != null) {
            exchange.method(method);
        }
        chain.next(exchange);
    }
}
