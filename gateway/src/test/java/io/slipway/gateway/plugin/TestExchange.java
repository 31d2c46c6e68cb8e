package io.slipway.gateway.plugin;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.filter.ResponseHead;
import io.slipway.gateway.filter.RouteMatch;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A test double of the {@link Exchange} the proxy implements: records what the filters did (the
 * answer, whether the request went on, the consumer) and plays an upstream response through the
 * hooks with {@link #upstreamResponds}.
 */
public final class TestExchange implements Exchange {

    private String method = "GET";
    private String path = "/";
    private String query = "";
    private String upstreamPath;
    private final HttpHeaders requestHeaders = new DefaultHttpHeaders();
    private InetSocketAddress client = new InetSocketAddress("127.0.0.1", 40000);
    private RouteMatch match = new RouteMatch("route-1", "r", "service-1", "s");
    private AuthenticatedConsumer consumer;
    private final List<Consumer<ResponseHead>> hooks = new ArrayList<>();
    private final List<UnaryOperator<byte[]>> bodyTransforms = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();

    public int status;
    public HttpHeaders responseHeaders = new DefaultHttpHeaders();
    public byte[] responseBody;
    public boolean passed;

    public static TestExchange get(String pathAndQuery) {
        return request("GET", pathAndQuery);
    }

    public static TestExchange request(String method, String pathAndQuery) {
        TestExchange e = new TestExchange();
        e.method = method;
        int q = pathAndQuery.indexOf('?');
        e.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        e.query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        return e;
    }

    public TestExchange header(String name, String value) {
        requestHeaders.add(name, value);
        return this;
    }

    public TestExchange from(String ip) {
        client = new InetSocketAddress(ip, 40000);
        return this;
    }

    public TestExchange route(String routeId, String serviceId) {
        match = new RouteMatch(routeId, null, serviceId, null);
        return this;
    }

    public TestExchange as(AuthenticatedConsumer who) {
        consumer = who;
        return this;
    }

    /** Runs {@code filters} as a chain; a request that passes them all is marked {@link #passed}. */
    public TestExchange run(Filter... filters) {
        return run(List.of(filters));
    }

    public TestExchange run(List<Filter> filters) {
        new Chain(filters, 0).next(this);
        return this;
    }

    /** Plays an upstream answer through the response hooks and body transforms, if the request passed the filters. */
    public TestExchange upstreamResponds(int code, HttpHeaders headers, String body) {
        if (!passed) {
            return this;                   // a filter answered; the upstream never sees the request
        }
        status = code;
        responseHeaders = headers;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        runHooks();
        for (UnaryOperator<byte[]> t : bodyTransforms) {
            bytes = t.apply(bytes);
        }
        responseBody = bytes;
        return this;
    }

    public String body() {
        return responseBody == null ? null : new String(responseBody, StandardCharsets.UTF_8);
    }

    public String upstreamPath() {
        return upstreamPath;
    }

    private void runHooks() {
        ResponseHead head = new ResponseHead() {
            @Override public int status() { return status; }
            @Override public HttpHeaders headers() { return responseHeaders; }
        };
        for (Consumer<ResponseHead> hook : List.copyOf(hooks)) {
            hook.accept(head);
        }
    }

    private record Chain(List<Filter> filters, int index) implements FilterChain {
        @Override
        public void next(Exchange exchange) {
            if (index == filters.size()) {
                ((TestExchange) exchange).passed = true;
                return;
            }
            filters.get(index).filter(exchange, new Chain(filters, index + 1));
        }
    }

    @Override public String method() { return method; }
    @Override public String path() { return path; }
    @Override public String query() { return query; }
    @Override public void query(String rawQuery) { query = rawQuery; }
    @Override public void method(String m) { method = m; }
    @Override public void upstreamPath(String rawPath) { upstreamPath = rawPath; }
    @Override public HttpHeaders requestHeaders() { return requestHeaders; }
    @Override public InetSocketAddress clientAddress() { return client; }
    @Override public RouteMatch match() { return match; }
    @Override public Optional<AuthenticatedConsumer> consumer() { return Optional.ofNullable(consumer); }

    @Override
    public void authenticate(AuthenticatedConsumer who) {
        consumer = who;
        requestHeaders.set("X-Consumer-ID", who.id());
    }

    @Override
    public void respond(int code, HttpHeaders headers, byte[] body) {
        if (status != 0) {
            throw new IllegalStateException("answered twice");
        }
        status = code;
        responseHeaders = new DefaultHttpHeaders().add(headers);
        responseBody = body;
        runHooks();
    }

    @Override
    public void respondJson(int code, String message, HttpHeaders headers) {
        String json = "{\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        respond(code, headers == null ? new DefaultHttpHeaders() : headers, json.getBytes(StandardCharsets.UTF_8));
    }

    @Override public void onResponseHeaders(Consumer<ResponseHead> hook) { hooks.add(hook); }
    @Override public void transformResponseBody(UnaryOperator<byte[]> transform) { bodyTransforms.add(transform); }
    @Override public Map<String, Object> attributes() { return attributes; }
}
