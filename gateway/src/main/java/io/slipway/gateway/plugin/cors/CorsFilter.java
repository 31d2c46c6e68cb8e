package io.slipway.gateway.plugin.cors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.schema.Json;
import java.util.List;

/**
 * Kong's cors plugin. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is
 * answered here with 200 and the allowed methods, headers and max age, unless
 * {@code preflight_continue}; other requests pass and their responses get
 * {@code Access-Control-Allow-Origin}, {@code -Allow-Credentials} and {@code -Expose-Headers}.
 * With {@code *} origins the answer is {@code *}, except with {@code credentials}, where browsers
 * require the request's own origin, which is then echoed. A specific origin list adds {@code Vary: Origin}.
 */
public final class CorsFilter implements Filter {

    private static final byte[] EMPTY = new byte[0];
    private static final AsciiString VARY_ORIGIN = AsciiString.cached("Origin");

    private final OriginMatcher origins;
    private final String methods;
    private final String allowHeaders;
    private final String exposedHeaders;
    private final String maxAge;
    private final boolean credentials;
    private final boolean preflightContinue;
    private final boolean privateNetwork;

    public CorsFilter(ObjectNode config) {
        this.origins = new OriginMatcher(Json.strings(config, "origins"));
        this.methods = String.join(",", Json.strings(config, "methods"));
        List<String> headers = Json.strings(config, "headers");
        this.allowHeaders = headers.isEmpty() ? null : String.join(",", headers);
        List<String> exposed = Json.strings(config, "exposed_headers");
        this.exposedHeaders = exposed.isEmpty() ? null : String.join(",", exposed);
        this.maxAge = config.path("max_age").isNumber() ? Long.toString(config.path("max_age").asLong()) : null;
        this.credentials = config.path("credentials").asBoolean(false);
        this.preflightContinue = config.path("preflight_continue").asBoolean(false);
        this.privateNetwork = config.path("private_network").asBoolean(false);
    }

    /** The schema's message for an origin that is neither {@code *}, an origin nor a regex, or null. */
    public static String originProblem(String origin) {
        return OriginMatcher.problem(origin);
    }

    @Override
    public String name() {
        return "cors";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        HttpHeaders request = exchange.requestHeaders();
        String origin = request.get(HttpHeaderNames.ORIGIN);
        if ("OPTIONS".equals(exchange.method()) && request.contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD)
                && !preflightContinue) {
            HttpHeaders headers = new DefaultHttpHeaders();
            allowOrigin(headers, origin);
            String requested = request.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS);
            String allowed = allowHeaders != null ? allowHeaders : requested;
            if (allowed != null) {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, allowed);
            }
            headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, methods);
            if (maxAge != null) {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, maxAge);
            }
            if (privateNetwork && "true".equals(request.get("Access-Control-Request-Private-Network"))) {
                headers.set("Access-Control-Allow-Private-Network", "true");
            }
            headers.set(HttpHeaderNames.CONTENT_LENGTH, "0");
            exchange.respond(200, headers, EMPTY);
            return;
        }
        exchange.onResponseHeaders(head -> {
            HttpHeaders headers = head.headers();
            allowOrigin(headers, origin);
            if (exposedHeaders != null) {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, exposedHeaders);
            }
        });
        chain.next(exchange);
    }

    private void allowOrigin(HttpHeaders headers, String origin) {
        if (origins.any()) {
            if (credentials && origin != null) {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                headers.add(HttpHeaderNames.VARY, VARY_ORIGIN);
            } else {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            }
            return;
        }
        headers.add(HttpHeaderNames.VARY, VARY_ORIGIN);
        if (origin != null && origins.matches(origin)) {
            headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            if (credentials) {
                headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            }
        }
    }
}
