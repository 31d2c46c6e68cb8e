package io.slipway.gateway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestEncoder;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The HTTP/1.1 client codec of an upstream connection, as two plain pipeline handlers instead of
 * Netty's {@code HttpClientCodec}. It keeps what that codec adds to the bare decoder, and only that:
 * a response to {@code HEAD} has no body whatever its {@code Content-Length} says, and after a 2xx
 * to {@code CONNECT} the bytes that follow are passed on raw. It drops the combined handler's extra
 * delegation layer, which every read, write and flush of the relay went through (it showed in the
 * event loop's profile); the gateway never pipelines requests to an upstream, so one request is
 * outstanding at a time and a small queue of methods suffices.
 */
final class UpstreamCodec {

    static final String DECODER = "decoder";
    static final String ENCODER = "encoder";

    private final ArrayDeque<HttpMethod> sent = new ArrayDeque<>(2);
    private boolean raw;

    private UpstreamCodec() {}

    /** Adds the decoder and the encoder, in that order, at the end of {@code pipeline}. */
    static void install(ChannelPipeline pipeline, HttpDecoderConfig config) {
        UpstreamCodec codec = new UpstreamCodec();
        pipeline.addLast(DECODER, codec.new Decoder(config));
        pipeline.addLast(ENCODER, codec.new Encoder());
    }

    /** Removes both handlers, e.g. once the connection was upgraded to another protocol. */
    static void remove(ChannelPipeline pipeline) {
        if (pipeline.get(DECODER) != null) pipeline.remove(DECODER);
        if (pipeline.get(ENCODER) != null) pipeline.remove(ENCODER);
    }

    private final class Encoder extends HttpRequestEncoder {
        @Override
        protected void encode(ChannelHandlerContext ctx, Object msg, List<Object> out) throws Exception {
            if (msg instanceof HttpRequest request) {
                sent.add(request.method());
            }
            super.encode(ctx, msg, out);
        }
    }

    private final class Decoder extends HttpResponseDecoder {
        Decoder(HttpDecoderConfig config) {
            super(config);
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out) throws Exception {
            if (raw) {
                int readable = actualReadableBytes();
                if (readable > 0) out.add(buffer.readBytes(readable));
                return;
            }
            super.decode(ctx, buffer, out);
        }

        @Override
        protected boolean isContentAlwaysEmpty(HttpMessage msg) {
            int status = ((HttpResponse) msg).status().code();
            if (status >= 100 && status < 200) {
                return super.isContentAlwaysEmpty(msg);     // an interim answer: the request is still open
            }
            HttpMethod method = sent.poll();
            if (HttpMethod.HEAD.equals(method)) {
                return true;
            }
            if (HttpMethod.CONNECT.equals(method) && status == 200) {
                raw = true;
                sent.clear();
                return true;
            }
            return super.isContentAlwaysEmpty(msg);
        }
    }
}
