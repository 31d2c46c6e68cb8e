package io.slipway.gateway.filter;

import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One proxied request as the filters see it: the request head, which the filters may change before
 * the proxy call, the route that matched, and hooks on the response. The body is never exposed: it
 * streams past the filters.
 * <p>
 * Threading: used only on the downstream connection's event loop.
 */
public interface Exchange {

    String method();

    /** The request path as received, without the query string, not decoded. */
    String path();

    /** The raw query string without {@code ?}, or empty. */
    String query();

    /** Replaces the query string sent upstream (request-transformer). */
    void query(String rawQuery);

    /**
     * Replaces the method sent upstream (request-transformer's {@code http_method}); {@link #method()}
     * returns the new method afterwards.
     */
    default void method(String method) {
        throw new UnsupportedOperationException("this exchange cannot change the method");
    }

    /**
     * Replaces the whole path sent upstream, instead of the one derived from the route and service
     * (request-transformer's {@code replace.uri}); raw, not decoded, without the query string.
     */
    default void upstreamPath(String rawPath) {
        throw new UnsupportedOperationException("this exchange cannot change the upstream path");
    }

    /** The request headers; changes made here are what the upstream receives. */
    HttpHeaders requestHeaders();

    InetSocketAddress clientAddress();

    /** What matched: route, service, and their ids and names, for plugins and metrics. */
    RouteMatch match();

    /** The consumer authenticated so far, if any plugin identified one. */
    Optional<AuthenticatedConsumer> consumer();

    /**
     * Records who the request belongs to; sets {@code X-Consumer-ID}, {@code X-Consumer-Username},
     * {@code X-Consumer-Custom-ID} and {@code X-Credential-Identifier} upstream, as Kong does.
     */
    void authenticate(AuthenticatedConsumer consumer);

    /**
     * Answers the request here; no later filter and no upstream sees it. {@code body} is sent as is
     * with {@code Content-Length}; a JSON answer is written as {@code {"message": "..."}} by {@link #respondJson}.
     */
    void respond(int status, HttpHeaders headers, byte[] body);

    /** Answers with Kong's error shape {@code {"message": message}} and the given extra headers. */
    void respondJson(int status, String message, HttpHeaders headers);

    /** Runs on the response head before it goes downstream, whether the upstream or a filter answered. */
    void onResponseHeaders(Consumer<ResponseHead> hook);

    /**
     * Asks for the whole upstream response body to be handed to {@code transform} before it goes
     * downstream. Only for plugins that rewrite bodies (response-transformer's JSON options): it
     * makes this one response buffered, so the proxy caps its size and passes bodies above the cap on unchanged.
     * May be called from an {@link #onResponseHeaders} hook, so that only responses whose head
     * qualifies (e.g. a JSON content type) are buffered.
     */
    void transformResponseBody(UnaryOperator<byte[]> transform);

    /** Per-request state for filters, e.g. a rate limiter's remaining count. */
    Map<String, Object> attributes();
}
