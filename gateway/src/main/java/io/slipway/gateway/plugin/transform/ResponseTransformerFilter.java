package io.slipway.gateway.plugin.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;

/**
 * Kong's response-transformer: header operations (remove, rename, replace, add, append) on every
 * response, and JSON body operations on responses whose {@code Content-Type} contains
 * {@code application/json}. Only those responses are buffered, through
 * {@link Exchange#transformResponseBody} asked for from the response-head hook; a body above the
 * proxy's transform cap passes unchanged.
 */
public final class ResponseTransformerFilter implements Filter {

    private final HeaderOperations headers;
    private final JsonOperations json;

    public ResponseTransformerFilter(ObjectNode config) {
        this.headers = new HeaderOperations(config);
        this.json = new JsonOperations(config);
    }

    @Override
    public String name() {
        return "response-transformer";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        exchange.onResponseHeaders(head -> {
            if (!json.isEmpty() && isJson(head.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
                exchange.transformResponseBody(json::apply);
            }
            if (!headers.isEmpty()) {
                headers.apply(head.headers(), null);
            }
        });
        chain.next(exchange);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("application/json");
    }
}
