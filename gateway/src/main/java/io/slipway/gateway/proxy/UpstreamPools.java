package io.slipway.gateway.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.util.concurrent.FastThreadLocal;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keep-alive connections to targets, one pool per event loop and target. Because a downstream
 * connection's upstream connections are opened on its own event loop, the pools need no locks.
 * Idle connections beyond {@code maxIdlePerTarget} are closed; those idle longer than the idle
 * timeout are closed by a periodic sweep on each loop.
 */
final class UpstreamPools {

    /**
     * Responses come from configured targets, so their header names and values are not validated
     * character by character as they are parsed (the proxy's own additions are constants). The
     * downstream (client-facing) codec keeps validation.
     */
    private static final HttpDecoderConfig UPSTREAM_DECODER = new HttpDecoderConfig()
            .setMaxInitialLineLength(4096).setMaxHeaderSize(16384).setMaxChunkSize(16384)
            .setHeadersFactory(DefaultHttpHeadersFactory.headersFactory().withValidation(false))
            .setTrailersFactory(DefaultHttpHeadersFactory.trailersFactory().withValidation(false));

    /**
     * The buffers of both sides of the relay: Netty's pooled allocator with its per-thread caches. In
     * the event loop's profile, Netty 4.2's default (adaptive) allocator spent about a tenth of the
     * Java time taking a magazine lock per buffer and copying header bytes through
     * {@code ByteBuffer.put}; the pooled one copies with {@code Unsafe} and needs no lock.
     */
    static final ByteBufAllocator ALLOCATOR = PooledByteBufAllocator.DEFAULT;

    private final Transport transport;
    private final int maxIdlePerTarget;
    private final long idleTimeoutNanos;
    private final FastThreadLocal<LoopPool> perLoop = new FastThreadLocal<>();

    UpstreamPools(Transport transport, int maxIdlePerTarget, long idleTimeoutMillis) {
        this.transport = transport;
        this.maxIdlePerTarget = maxIdlePerTarget;
        this.idleTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(idleTimeoutMillis);
    }

    /** The pool of the calling event loop; must be called on {@code loop}. */
    LoopPool of(EventLoop loop) {
        LoopPool pool = perLoop.get();
        if (pool == null) {
            pool = new LoopPool(loop);
            perLoop.set(pool);
        }
        return pool;
    }

    final class LoopPool {
        private final Map<InetSocketAddress, ArrayDeque<UpstreamHandler>> idle = new HashMap<>();
        private final Bootstrap bootstrap;

        LoopPool(EventLoop loop) {
            bootstrap = new Bootstrap().group(loop).channel(transport.clientChannel())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.SO_KEEPALIVE, true)
                    .option(ChannelOption.ALLOCATOR, ALLOCATOR)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            UpstreamCodec.install(ch.pipeline(), UPSTREAM_DECODER);
                            ch.pipeline().addLast("upstream", new UpstreamHandler(LoopPool.this));
                        }
                    });
            long sweep = Math.max(1, TimeUnit.NANOSECONDS.toMillis(idleTimeoutNanos) / 2);
            loop.scheduleAtFixedRate(this::evictIdle, sweep, sweep, TimeUnit.MILLISECONDS);
        }

        /**
         * The handler of an idle live connection to {@code address}, most recently used first, or null.
         * The pool keeps handlers rather than channels so that a reused connection needs no pipeline lookup.
         */
        UpstreamHandler acquire(InetSocketAddress address) {
            ArrayDeque<UpstreamHandler> handlers = idle.get(address);
            if (handlers == null) {
                return null;
            }
            UpstreamHandler h;
            while ((h = handlers.pollLast()) != null) {
                if (h.channel().isActive()) {
                    return h;
                }
            }
            return null;
        }

        ChannelFuture connect(InetSocketAddress address, int connectTimeoutMillis) {
            bootstrap.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.max(1, connectTimeoutMillis));
            return bootstrap.connect(address);
        }

        void release(InetSocketAddress address, UpstreamHandler handler) {
            ArrayDeque<UpstreamHandler> handlers = idle.get(address);
            if (handlers == null) {
                handlers = new ArrayDeque<>();
                idle.put(address, handlers);
            }
            Channel ch = handler.channel();
            if (handlers.size() >= maxIdlePerTarget || !ch.isActive()) {
                ch.close();
                return;
            }
            handler.idleSince(System.nanoTime());
            handlers.addLast(handler);
        }

        void forget(UpstreamHandler handler, InetSocketAddress address) {
            ArrayDeque<UpstreamHandler> handlers = idle.get(address);
            if (handlers != null) {
                handlers.remove(handler);
            }
        }

        private void evictIdle() {
            long now = System.nanoTime();
            for (ArrayDeque<UpstreamHandler> handlers : idle.values()) {
                for (Iterator<UpstreamHandler> it = handlers.iterator(); it.hasNext(); ) {
                    UpstreamHandler h = it.next();
                    if (now - h.idleSince() > idleTimeoutNanos) {
                        it.remove();
                        h.channel().close();
                    }
                }
            }
        }
    }
}
