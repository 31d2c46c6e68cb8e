package io.slipway.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.ResponseHead;
import io.slipway.gateway.filter.RouteMatch;
import io.slipway.gateway.proxy.balance.TargetState;
import io.slipway.gateway.proxy.balance.UpstreamSettings;
import io.slipway.gateway.route.RequestPath;
import io.slipway.gateway.route.RouteMatchResult;
import io.slipway.gateway.route.UpstreamPath;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One request on a downstream connection: the {@link Exchange} the filters act on, and the
 * downstream half of the relay (writing the response head and body parts as the upstream call
 * delivers them). Lives on the downstream connection's event loop only.
 */
final class ProxyExchange implements Exchange {

    private final DownstreamHandler downstream;
    private final ChannelHandlerContext ctx;
    private final HttpRequest request;
    private final long startNanos;
    private final String path;
    private final String matchPath;              // what routes are matched against; the raw path goes upstream
    private String upstreamPathOverride;
    private String query;
    private final String originalHost;
    private boolean keepAlive;
    private RouteMatchResult<RouteBinding> route;
    private int reached = -1;
    private boolean responded;
    private boolean proxying;
    private boolean requestComplete;
    private boolean responseComplete;
    private boolean finished;
    private int status;
    private UpstreamCall call;
    private List<Consumer<ResponseHead>> hooks;
    private UnaryOperator<byte[]> bodyTransform;
    private HttpResponse heldHead;
    private CompositeByteBuf heldBody;
    private Map<String, Object> attributes;
    private AuthenticatedConsumer consumer;

    ProxyExchange(DownstreamHandler downstream, ChannelHandlerContext ctx, HttpRequest request, long startNanos) {
        this.downstream = downstream;
        this.ctx = ctx;
        this.request = request;
        this.startNanos = startNanos;
        String uri = request.uri();
        int q = uri.indexOf('?');
        this.path = q < 0 ? uri : uri.substring(0, q);
        this.matchPath = RequestPath.normalize(path);
        this.query = q < 0 ? "" : uri.substring(q + 1);
        this.originalHost = request.headers().get(HttpHeaderNames.HOST);
        this.keepAlive = HttpUtil.isKeepAlive(request);
    }

    /** Routes the request and runs its filter chain. */
    void begin(RoutingTable table) {
        route = table.router().match(downstream.protocol(), request.method().name(), originalHost, matchPath,
                request.headers(), downstream.sni());
        if (route == null) {
            respondJson(404, ProxyMessages.NO_ROUTE, null);
            return;
        }
        int httpsRedirect = route.payload().httpsRedirect();
        if (httpsRedirect != 0 && "http".equals(downstream.protocol())) {
            sendOwn(HttpsRedirect.response(httpsRedirect, originalHost, request.uri()));
            return;
        }
        route.payload().chain().start(this);
    }

    // ---- Exchange ----

    @Override public String method() { return request.method().name(); }
    @Override public String path() { return path; }
    @Override public String query() { return query; }
    @Override public void query(String rawQuery) { this.query = rawQuery == null ? "" : rawQuery; }
    @Override public void method(String method) { request.setMethod(HttpMethod.valueOf(method)); }
    @Override public void upstreamPath(String rawPath) { this.upstreamPathOverride = rawPath; }
    @Override public HttpHeaders requestHeaders() { return request.headers(); }
    @Override public InetSocketAddress clientAddress() { return (InetSocketAddress) ctx.channel().remoteAddress(); }
    @Override public RouteMatch match() { return route.payload().match(); }
    @Override public Optional<AuthenticatedConsumer> consumer() { return Optional.ofNullable(consumer); }

    @Override
    public void authenticate(AuthenticatedConsumer who) {
        this.consumer = who;
        HttpHeaders h = request.headers();
        h.set("X-Consumer-ID", who.id());
        setOrRemove(h, "X-Consumer-Username", who.username());
        setOrRemove(h, "X-Consumer-Custom-ID", who.customId());
        setOrRemove(h, "X-Credential-Identifier", who.credentialId());
        h.remove("X-Anonymous-Consumer");
    }

    private static void setOrRemove(HttpHeaders h, String name, String value) {
        if (value == null) h.remove(name); else h.set(name, value);
    }

    @Override
    public void respond(int status, HttpHeaders headers, byte[] body) {
        sendOwn(Responses.full(status, headers, body == null ? new byte[0] : body, null));
    }

    @Override
    public void respondJson(int status, String message, HttpHeaders headers) {
        sendOwn(Responses.json(status, message, headers));
    }

    @Override
    public void onResponseHeaders(Consumer<ResponseHead> hook) {
        if (hooks == null) hooks = new ArrayList<>(2);
        hooks.add(hook);
    }

    @Override
    public void transformResponseBody(UnaryOperator<byte[]> transform) {
        UnaryOperator<byte[]> before = bodyTransform;
        bodyTransform = before == null ? transform : b -> transform.apply(before.apply(b));
    }

    @Override
    public Map<String, Object> attributes() {
        if (attributes == null) attributes = new HashMap<>();
        return attributes;
    }

    // ---- chain bookkeeping ----

    void reached(int index) { reached = index; }
    int reachedIndex() { return reached; }
    boolean answered() { return responded || proxying; }

    // ---- proxying ----

    void proxy() {
        ServiceTarget service = route.payload().service();
        if (service == null) {
            respondJson(503, ProxyMessages.NO_SERVICE, null);
            return;
        }
        proxying = true;
        if (HttpUtil.is100ContinueExpected(request)) {
            request.headers().remove(HttpHeaderNames.EXPECT);
            if (!requestComplete) {
                ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                        Unpooled.EMPTY_BUFFER));
            }
        }
        call = new UpstreamCall(this, service, ctx.channel().eventLoop(), downstream.pools().of(ctx.channel().eventLoop()));
        call.start();
    }

    int balancerHash(UpstreamSettings settings) {
        String key = switch (settings.hashOn()) {
            case "ip" -> downstream.clientIp();
            case "header" -> settings.hashOnHeader() == null ? null : request.headers().get(settings.hashOnHeader());
            case "consumer" -> consumer == null ? null : consumer.id();
            case "cookie" -> cookie(settings.hashOnCookie());
            default -> null;
        };
        return key == null ? 0 : key.hashCode();
    }

    private String cookie(String name) {
        String header = request.headers().get(HttpHeaderNames.COOKIE);
        if (header == null || name == null) return null;
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equals(name)) return part.substring(eq + 1).trim();
        }
        return null;
    }

    /** Rewrites the request head for the upstream: path, Host, forwarded and hop-by-hop headers. */
    void prepareUpstreamHead(ServiceTarget service, TargetState target) {
        String upstreamPath = upstreamPathOverride != null ? upstreamPathOverride
                : UpstreamPath.of(service.path(), route.route(),
                        route.route().stripPath() ? matchPath : path, route.matchedLength());
        request.setUri(query.isEmpty() ? upstreamPath : upstreamPath + "?" + query);
        if (request.protocolVersion() != HttpVersion.HTTP_1_1) {
            if (!HttpUtil.isContentLengthSet(request) && !HttpUtil.isTransferEncodingChunked(request)) {
                request.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
            }
            request.setProtocolVersion(HttpVersion.HTTP_1_1);
        }
        HttpHeaders h = request.headers();
        if (!preparedOnce) {
            boolean upgrade = h.contains(HttpHeaderNames.UPGRADE)    // the cheap test first: rarely present
                    && h.containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true);
            ProxyHeaders.removeHopByHop(h, upgrade);
            ProxyHeaders.addForwarded(h, downstream.clientIpHeaderValue(), originalHost, downstream.proxyPortText(), path,
                    downstream.protocolHeaderValue());
            preparedOnce = true;
        }
        if (route.route().preserveHost() && originalHost != null) {
            h.set(HttpHeaderNames.HOST, originalHost);
        } else {
            h.set(HttpHeaderNames.HOST, service.hostHeader(target));
        }
    }

    private boolean preparedOnce;
    private long bytesIn;                        // body bytes from the client, for bandwidth metrics
    private long bytesOut;                       // body bytes to the client

    HttpRequest upstreamHead() {
        return request;
    }

    Channel downstreamChannel() {
        return ctx.channel();
    }

    boolean downstreamWritable() {
        return ctx.channel().isWritable();
    }

    void downstreamAutoRead(boolean on) {
        if (!finished) {
            ctx.channel().config().setAutoRead(on);
        }
    }

    void flushDownstream() {
        ctx.flush();
    }

    void responseHead(HttpResponse response) {
        status = response.status().code();
        HttpHeaders h = response.headers();
        ProxyHeaders.removeHopByHop(h, false);
        h.add(HttpHeaderNames.VIA, ProxyHeaders.VIA_VALUE);
        runHooks(response);
        boolean bodyless = request.method() == HttpMethod.HEAD || status == 204 || status == 304;
        if (!bodyless && !HttpUtil.isContentLengthSet(response) && !HttpUtil.isTransferEncodingChunked(response)) {
            if (request.protocolVersion() == HttpVersion.HTTP_1_1) {
                HttpUtil.setTransferEncodingChunked(response, true);
            } else {
                keepAlive = false;
            }
        }
        setConnection(response);
        if (bodyTransform != null && !bodyless && fitsTransform(response)) {
            heldHead = response;
            heldBody = ctx.alloc().compositeBuffer();
            return;
        }
        ctx.write(response, ctx.voidPromise());
    }

    private boolean fitsTransform(HttpResponse response) {
        long length = HttpUtil.getContentLength(response, -1L);
        return length <= downstream.maxTransformBytes();
    }

    void responseContent(HttpContent content, boolean last) {
        bytesOut += content.content().readableBytes();
        if (heldHead != null) {
            holdContent(content, last);
        } else if (last) {
            endResponse(content);
        } else {
            ctx.write(content, ctx.voidPromise());
        }
    }

    private void holdContent(HttpContent content, boolean last) {
        heldBody.addComponent(true, content.content().retain());
        content.release();
        if (heldBody.readableBytes() > downstream.maxTransformBytes()) {
            ctx.write(heldHead);                 // too large to transform: pass it on unchanged
            heldHead = null;
            ByteBuf soFar = heldBody;
            heldBody = null;
            if (last) {
                endResponse(new io.netty.handler.codec.http.DefaultLastHttpContent(soFar));
            } else {
                ctx.write(new io.netty.handler.codec.http.DefaultHttpContent(soFar));
            }
            return;
        }
        if (last) {
            byte[] transformed = bodyTransform.apply(ByteBufUtil.getBytes(heldBody));
            heldBody.release();
            heldBody = null;
            HttpResponse head = heldHead;
            heldHead = null;
            HttpUtil.setTransferEncodingChunked(head, false);
            HttpUtil.setContentLength(head, transformed.length);
            ctx.write(head);
            endResponse(new io.netty.handler.codec.http.DefaultLastHttpContent(Unpooled.wrappedBuffer(transformed)));
        }
    }

    private void endResponse(HttpContent last) {
        responseComplete = true;
        recordMetrics();                         // before the write, so a client that saw the answer sees it counted
        if (keepAlive) {
            ctx.writeAndFlush(last, ctx.voidPromise());
        } else {
            ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
        }
        maybeFinish();
    }

    void upgraded(HttpResponse response, Channel upstream) {
        status = 101;
        response.headers().add(HttpHeaderNames.VIA, ProxyHeaders.VIA_VALUE);
        ctx.writeAndFlush(response);
        responseComplete = true;
        requestComplete = true;
        recordMetrics();
        finished = true;
        downstream.tunnel(upstream);
    }

    void failBeforeResponse(int code, String message) {
        proxying = false;
        sendOwn(Responses.json(code, message, null));
    }

    /** The upstream broke off mid-response: the only honest signal left is closing the connection. */
    void abort() {
        status = status == 0 ? 502 : status;
        ctx.flush();
        ctx.close();
        responseComplete = true;
        recordMetrics();
    }

    private void sendOwn(FullHttpResponse response) {
        if (responded) {
            response.release();
            throw new IllegalStateException("the request was already answered");
        }
        responded = true;
        status = response.status().code();
        runHooks(response);
        setConnection(response);
        if (request.method() == HttpMethod.HEAD) {
            response.content().clear();
        }
        bytesOut += response.content().readableBytes();
        endResponse(response);
    }

    private void setConnection(HttpResponse response) {
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (request.protocolVersion() == HttpVersion.HTTP_1_0) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        if (request.protocolVersion() == HttpVersion.HTTP_1_0) {
            response.setProtocolVersion(HttpVersion.HTTP_1_0);
        }
    }

    private void runHooks(HttpResponse response) {
        if (hooks == null) {
            return;
        }
        ResponseHead head = new ResponseHead() {
            @Override public int status() { return response.status().code(); }
            @Override public HttpHeaders headers() { return response.headers(); }
        };
        for (Consumer<ResponseHead> hook : hooks) {
            hook.accept(head);
        }
    }

    private void recordMetrics() {
        if (route != null) {
            route.payload().metrics().record(status, System.nanoTime() - startNanos, bytesIn, bytesOut,
                    consumer == null ? null : consumer.username() != null ? consumer.username() : consumer.id());
        } else {
            downstream.unmatchedMetrics().record(status, System.nanoTime() - startNanos, bytesIn, bytesOut, null);
        }
    }

    // ---- request body from downstream ----

    void requestContent(HttpContent content) {
        boolean last = content instanceof LastHttpContent;
        if (last) {
            requestComplete = true;
        }
        bytesIn += content.content().readableBytes();
        if (call != null) {
            call.requestContent(content);
        } else {
            content.release();                   // answered by a filter: the body is not needed
        }
        if (last) {
            maybeFinish();
        }
    }

    void flushUpstream() {
        if (call != null) {
            call.flushUpstream();
        }
    }

    void downstreamWritabilityChanged(boolean writable) {
        if (call != null) {
            call.downstreamWritable(writable);
        }
    }

    void downstreamClosed() {
        if (call != null) {
            call.downstreamClosed();
        }
        if (heldBody != null) {
            heldBody.release();
            heldBody = null;
        }
        finished = true;
    }

    boolean requestComplete() {
        return requestComplete;
    }

    private void maybeFinish() {
        if (!finished && requestComplete && responseComplete) {
            finished = true;
            if (!ctx.channel().config().isAutoRead()) {
                ctx.channel().config().setAutoRead(true);
            }
            downstream.exchangeDone(this, keepAlive);
        }
    }
}
