package io.slipway.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.slipway.gateway.proxy.balance.TargetState;
import io.slipway.gateway.proxy.balance.Thresholds;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The upstream side of one proxied request: picks a target, takes a pooled connection or opens one
 * on the downstream connection's event loop, streams the request body up and the response down, and
 * retries on another target when a connection cannot be made (up to the service's retries). Body
 * parts that arrive while connecting are held (retained) and sent once connected. Timeouts: connect
 * (504 after the last attempt), and read/write as the longest silence of the upstream (504 before the
 * response began, a closed connection after). All methods run on the event loop.
 */
final class UpstreamCall {

    private static final int PENDING_HIGH_WATER = 64 * 1024;

    private final ProxyExchange exchange;
    private final ServiceTarget service;
    private final EventLoop loop;
    private final UpstreamPools.LoopPool pool;
    private int attemptsLeft;
    private Set<TargetState> tried;
    private TargetState target;
    private Channel channel;
    private UpstreamHandler handler;
    private ArrayDeque<HttpContent> pending;
    private int pendingBytes;
    private boolean reused;
    private boolean bodyForwarded;
    private boolean requestWritten;
    private boolean lastReceived;
    private boolean responseStarted;
    private boolean informational;
    private boolean responseKeepAlive;
    private boolean done;
    private long lastActivity;

    UpstreamCall(ProxyExchange exchange, ServiceTarget service, EventLoop loop, UpstreamPools.LoopPool pool) {
        this.exchange = exchange;
        this.service = service;
        this.loop = loop;
        this.pool = pool;
        this.attemptsLeft = 1 + Math.max(0, service.retries());
    }

    void start() {
        attempt(true);
    }

    private void attempt(boolean mayReuse) {
        attemptsLeft--;
        target = pickTarget();
        if (target == null) {
            fail(503, ProxyMessages.NO_PEER);
            return;
        }
        target.requestStarted();
        UpstreamHandler idle = mayReuse ? pool.acquire(target.address()) : null;
        if (idle != null) {
            reused = true;
            bind(idle.channel(), idle);
            return;
        }
        reused = false;
        TargetState attempted = target;
        ChannelFuture connect = pool.connect(target.address(), service.connectTimeoutMillis());
        if (connect.isDone()) {
            connected(connect, attempted);
        } else {
            connect.addListener(f -> connected(connect, attempted));
        }
    }

    private void connected(ChannelFuture connect, TargetState attempted) {
        if (done) {                              // the client left while we were connecting
            attempted.requestEnded();
            if (connect.isSuccess()) connect.channel().close();
            return;
        }
        if (connect.isSuccess()) {
            bind(connect.channel(), connect.channel().pipeline().get(UpstreamHandler.class));
            return;
        }
        attempted.requestEnded();
        attempted.countConnectionFailure();
        boolean timedOut = connect.cause() instanceof ConnectTimeoutException;
        reportFailure(attempted, timedOut);
        retryOrFail(attempted, timedOut ? 504 : 502, timedOut ? ProxyMessages.TIMEOUT : ProxyMessages.BAD_GATEWAY);
    }

    private void retryOrFail(TargetState failed, int status, String message) {
        if (attemptsLeft > 0 && !bodyForwarded) {
            if (tried == null) tried = new HashSet<>();
            tried.add(failed);
            attempt(false);
        } else {
            fail(status, message);
        }
    }

    private TargetState pickTarget() {
        if (service.upstream() == null) {
            return service.direct();
        }
        return service.upstream().pick(exchange.balancerHash(service.upstream().settings()), tried);
    }

    private void bind(Channel ch, UpstreamHandler upstreamHandler) {
        channel = ch;
        handler = upstreamHandler;
        handler.attach(this, target.address());
        requestWritten = false;
        exchange.prepareUpstreamHead(service, target);
        ch.write(exchange.upstreamHead(), ch.voidPromise());
        if (pending != null) {
            HttpContent c;
            while ((c = pending.poll()) != null) {
                writeContent(c);
            }
            pendingBytes = 0;
            exchange.downstreamAutoRead(true);
        }
        if (lastReceived && !requestWritten) {
            writeContent(LastHttpContent.EMPTY_LAST_CONTENT);   // a retry of a body-less request
        }
        ch.flush();
        lastActivity = System.nanoTime();
        long silence = Math.max(service.readTimeoutMillis(), service.writeTimeoutMillis());
        if (silence > 0) {
            handler.watch(silence);
        }
        if (!ch.isWritable()) {
            exchange.downstreamAutoRead(false);
        }
    }

    /** A part of the request body from downstream. */
    void requestContent(HttpContent content) {
        if (content instanceof LastHttpContent) {
            lastReceived = true;
        }
        if (done) {
            content.release();
            return;
        }
        if (channel == null) {
            if (pending == null) pending = new ArrayDeque<>(4);
            pending.add(content);
            pendingBytes += content.content().readableBytes();
            if (pendingBytes > PENDING_HIGH_WATER) {
                exchange.downstreamAutoRead(false);
            }
            return;
        }
        writeContent(content);
        if (!channel.isWritable()) {
            exchange.downstreamAutoRead(false);
        }
    }

    private void writeContent(HttpContent content) {
        if (content.content().isReadable()) {
            bodyForwarded = true;
        }
        if (content instanceof LastHttpContent) {
            requestWritten = true;
        }
        channel.write(content, channel.voidPromise());
    }

    void flushUpstream() {
        if (channel != null && !done) {
            channel.flush();
        }
    }

    void flushDownstream() {
        exchange.flushDownstream();
    }

    void upstreamWritable(boolean writable) {
        exchange.downstreamAutoRead(writable);
    }

    void downstreamWritable(boolean writable) {
        if (channel != null && !done) {
            channel.config().setAutoRead(writable);
        }
    }

    void responseHead(HttpResponse response) {
        lastActivity = System.nanoTime();
        int status = response.status().code();
        if (status == 101) {
            upgrade(response);
            return;
        }
        if (status >= 100 && status < 200) {
            informational = true;                // 100 Continue etc.: we answered Expect ourselves
            return;
        }
        responseStarted = true;
        target.countResponse(status);
        responseKeepAlive = ProxyHeaders.keepAlive(response);
        Thresholds passive = passiveThresholds();
        if (passive != null) {
            target.reportStatus(status, passive);
        }
        exchange.responseHead(response);
    }

    void responseContent(HttpContent content) {
        lastActivity = System.nanoTime();
        if (informational || !responseStarted) {
            content.release();
            if (content instanceof LastHttpContent) informational = false;
            return;
        }
        boolean last = content instanceof LastHttpContent;
        exchange.responseContent(content, last);
        if (last) {
            finish(responseKeepAlive && requestWritten);
        } else if (!exchange.downstreamWritable()) {
            channel.config().setAutoRead(false);
        }
    }

    void rawBytes(ByteBuf raw) {
        ReferenceCountUtil.release(raw);
    }

    private void upgrade(HttpResponse response) {
        done = true;
        target.requestEnded();
        handler.tunnelTo(exchange.downstreamChannel());
        UpstreamCodec.remove(channel.pipeline());
        exchange.upgraded(response, channel);
    }

    private void finish(boolean reusable) {
        done = true;
        target.requestEnded();
        handler.detach();
        if (reusable) {
            channel.config().setAutoRead(true);
            pool.release(target.address(), handler);
        } else {
            channel.close();
        }
    }

    void upstreamClosed() {
        if (done) {
            return;
        }
        if (responseStarted) {
            done = true;
            target.requestEnded();
            exchange.abort();
            return;
        }
        target.requestEnded();
        TargetState failed = target;
        channel = null;
        boolean staleReuse = reused && !bodyForwarded;
        reportFailure(failed, false);
        if (staleReuse) {
            attemptsLeft++;                      // a kept-alive connection the upstream had closed: not a real try
        } else {
            failed.countConnectionFailure();
        }
        retryOrFail(failed, 502, ProxyMessages.BAD_GATEWAY);
    }

    /** The downstream connection went away: nothing more to relay. */
    void downstreamClosed() {
        if (done) {
            return;
        }
        done = true;
        releasePending();
        if (channel != null) {                   // while connecting, connected() ends the attempt
            target.requestEnded();
            channel.close();
        }
    }

    /**
     * Called by the connection's silence timer: fails the call if the upstream has been quiet too long.
     * Returns the milliseconds until the next check, or 0 when this call needs none.
     */
    long checkTimeout() {
        if (done) {
            return 0;
        }
        long limit = TimeUnit.MILLISECONDS.toNanos(Math.max(service.readTimeoutMillis(), service.writeTimeoutMillis()));
        long quiet = System.nanoTime() - lastActivity;
        if (quiet < limit) {
            return Math.max(1, TimeUnit.NANOSECONDS.toMillis(limit - quiet));
        }
        reportFailure(target, true);
        if (responseStarted) {
            done = true;
            target.requestEnded();
            handler.detach();
            channel.close();
            exchange.abort();
        } else {
            target.countConnectionFailure();
            fail(504, ProxyMessages.TIMEOUT);
        }
        return 0;
    }

    private Thresholds passiveThresholds() {
        if (service.upstream() == null) {
            return null;
        }
        Thresholds passive = service.upstream().settings().passive();
        return passive.enabled() ? passive : null;
    }

    private void reportFailure(TargetState t, boolean timeout) {
        Thresholds passive = passiveThresholds();
        if (passive != null && t != null) {
            if (timeout) t.reportTimeout(passive); else t.reportTcpFailure(passive);
        }
    }

    private void fail(int status, String message) {
        boolean hadTarget = channel != null;
        done = true;
        releasePending();
        if (hadTarget) {
            target.requestEnded();
            handler.detach();
            channel.close();
        }
        exchange.failBeforeResponse(status, message);
    }

    private void releasePending() {
        if (pending != null) {
            pending.forEach(ReferenceCountUtil::release);
            pending.clear();
        }
    }
}
