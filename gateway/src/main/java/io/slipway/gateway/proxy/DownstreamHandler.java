package io.slipway.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.ssl.SniCompletionEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.slipway.gateway.metrics.RouteMetrics;
import java.util.ArrayDeque;

/**
 * The last handler of a client connection. Serves one request at a time: a pipelined request waits
 * in a small queue until the current response is complete. Each request is routed on the table
 * current when its head arrived. After a protocol upgrade it relays raw bytes to the upstream.
 */
final class DownstreamHandler extends ChannelInboundHandlerAdapter {

    private final ProxyContext context;
    private ChannelHandlerContext ctx;
    private ProxyExchange current;
    private ArrayDeque<Object> pipelined;
    private Channel tunnelPeer;
    private String clientIp;
    private AsciiString clientIpAscii;
    private AsciiString portText;
    private final AsciiString protocolAscii;
    private String sni;

    private final String protocol;

    DownstreamHandler(ProxyContext context, String protocol) {
        this.context = context;
        this.protocol = protocol;
        this.protocolAscii = AsciiString.cached(protocol);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    UpstreamPools pools() { return context.pools(); }

    /** The scheme clients reach this connection by: {@code http}, or {@code https} on the TLS port. */
    String protocol() { return protocol; }

    /** The client's IP as text, formatted once per connection rather than per request. */
    String clientIp() {
        if (clientIp == null) {
            clientIp = ((java.net.InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        }
        return clientIp;
    }

    /**
     * The client's IP, the proxy port and the scheme as header values, made once per connection. As
     * {@code AsciiString}s the encoder copies them as bytes rather than character by character.
     */
    AsciiString clientIpHeaderValue() {
        if (clientIpAscii == null) {
            clientIpAscii = new AsciiString(clientIp());
        }
        return clientIpAscii;
    }

    AsciiString proxyPortText() {
        if (portText == null) {
            portText = new AsciiString(Integer.toString(((java.net.InetSocketAddress) ctx.channel().localAddress()).getPort()));
        }
        return portText;
    }

    AsciiString protocolHeaderValue() { return protocolAscii; }
    /** The TLS server name the client asked for (lower case), or null on plain HTTP or without SNI. */
    String sni() { return sni; }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SniCompletionEvent completion && completion.isSuccess() && completion.hostname() != null) {
            sni = completion.hostname().toLowerCase(java.util.Locale.ROOT);
        }
        ctx.fireUserEventTriggered(event);
    }

    int maxTransformBytes() { return context.settings().maxTransformBytes(); }
    RouteMetrics unmatchedMetrics() { return context.metrics().unmatched(); }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (tunnelPeer != null) {
            if (msg instanceof ByteBuf) tunnelPeer.write(msg); else ReferenceCountUtil.release(msg);
            return;
        }
        if (current != null && current.requestComplete() || pipelined != null && !pipelined.isEmpty()) {
            if (pipelined == null) pipelined = new ArrayDeque<>(4);
            pipelined.add(msg);
            return;
        }
        dispatch(msg);
    }

    private void dispatch(Object msg) {
        if (msg instanceof HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(Responses.json(400, ProxyMessages.BAD_REQUEST, null))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
            current = new ProxyExchange(this, ctx, request, System.nanoTime());
            current.begin(context.table().get());
        }
        if (msg instanceof HttpContent content) {
            if (current == null) content.release(); else current.requestContent(content);
        }
    }

    /** The current exchange has been answered and its request read to the end. */
    void exchangeDone(ProxyExchange exchange, boolean keepAlive) {
        if (exchange != current) {
            return;
        }
        current = null;
        if (!keepAlive) {
            releasePipelined();
            return;                              // the response's write listener closes the connection
        }
        while (pipelined != null && !pipelined.isEmpty() && (current == null || !current.requestComplete())) {
            dispatch(pipelined.poll());
        }
    }

    void tunnel(Channel upstream) {
        tunnelPeer = upstream;
        current = null;
        if (ctx.pipeline().get("codec") != null) {
            ctx.pipeline().remove("codec");
        }
        ctx.channel().config().setAutoRead(true);
        upstream.config().setAutoRead(true);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (tunnelPeer != null) {
            tunnelPeer.flush();
        } else if (current != null) {
            current.flushUpstream();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        if (tunnelPeer != null) {
            tunnelPeer.config().setAutoRead(writable);
        } else if (current != null) {
            current.downstreamWritabilityChanged(writable);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (tunnelPeer != null) {
            tunnelPeer.flush();
            tunnelPeer.close();
        }
        if (current != null) {
            current.downstreamClosed();
            current = null;
        }
        releasePipelined();
    }

    private void releasePipelined() {
        if (pipelined != null) {
            pipelined.forEach(ReferenceCountUtil::release);
            pipelined.clear();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
