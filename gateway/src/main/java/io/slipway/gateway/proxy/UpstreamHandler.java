package io.slipway.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The last handler of an upstream connection: hands response parts to the call that currently owns
 * the connection, or, after a protocol upgrade, relays raw bytes to the downstream connection.
 * Idle (pooled) connections have no call; if one closes, it leaves the pool.
 * <p>
 * The upstream's silence (read/write timeout) is checked by one timer per connection that outlives
 * the calls it serves, rather than one scheduled and cancelled per request: at tens of thousands of
 * requests per second the per-request task was measurable work on the event loop.
 */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

    private final UpstreamPools.LoopPool pool;
    private UpstreamCall call;
    private Channel tunnelPeer;
    private long idleSince;
    private java.net.InetSocketAddress address;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long timerDeadline;

    UpstreamHandler(UpstreamPools.LoopPool pool) {
        this.pool = pool;
    }

    void attach(UpstreamCall call, java.net.InetSocketAddress target) {
        this.call = call;
        this.address = target;
    }

    void detach() {
        this.call = null;
    }

    void tunnelTo(Channel downstream) {
        this.call = null;
        this.tunnelPeer = downstream;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Ensures the current call's silence is checked no later than {@code millis} from now. */
    void watch(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (timer != null) {
            if (timerDeadline - deadline <= 0) {
                return;                          // an earlier check is armed; it re-arms for the rest
            }
            timer.cancel(false);
        }
        arm(millis, deadline);
    }

    private void arm(long millis, long deadline) {
        timerDeadline = deadline;
        timer = ctx.executor().schedule(this::checkSilence, millis, TimeUnit.MILLISECONDS);
    }

    private void checkSilence() {
        timer = null;
        UpstreamCall owner = call;
        if (owner == null || !ctx.channel().isActive()) {
            return;                              // idle or closed: the next call arms it again
        }
        long next = owner.checkTimeout();
        if (next > 0 && timer == null && call == owner) {
            arm(next, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(next));
        }
    }

    Channel channel() {
        return ctx.channel();
    }

    long idleSince() {
        return idleSince;
    }

    void idleSince(long nanos) {
        idleSince = nanos;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (tunnelPeer != null) {
            if (msg instanceof ByteBuf) {
                tunnelPeer.write(msg);
            } else {
                ReferenceCountUtil.release(msg);
            }
            return;
        }
        UpstreamCall owner = call;
        if (owner == null) {
            ReferenceCountUtil.release(msg);     // an idle connection has nothing to say: drop it
            ctx.close();
            return;
        }
        if (msg instanceof HttpResponse response) {
            owner.responseHead(response);
        }
        if (msg instanceof HttpContent content) {
            owner.responseContent(content);
        } else if (msg instanceof ByteBuf raw) {
            owner.rawBytes(raw);                 // bytes after a 101 still decoded by the codec
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (tunnelPeer != null) {
            tunnelPeer.flush();
        } else if (call != null) {
            call.flushDownstream();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (tunnelPeer != null) {
            tunnelPeer.config().setAutoRead(ctx.channel().isWritable());
        } else if (call != null) {
            call.upstreamWritable(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (tunnelPeer != null) {
            tunnelPeer.flush();
            tunnelPeer.close();
        } else if (call != null) {
            call.upstreamClosed();
        } else {
            pool.forget(this, address);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();                             // channelInactive reports it to the call, if any
    }
}
