package io.slipway.gateway.proxy;

import io.netty.handler.codec.DefaultHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * The header-name check of client requests. Names a client sends are validated as Netty does; the
 * names the proxy itself sets on every request ({@code X-Forwarded-*}, {@code Via}, {@code Host}, ...)
 * are constants known to be valid, so they skip the per-character check that Netty would otherwise
 * run on each {@code set} (it showed as about 5 % of the event loop's samples in a profile).
 * Only these exact instances are trusted: an equal name from anywhere else is still validated.
 */
final class TrustedHeaderNames implements DefaultHeaders.NameValidator<CharSequence> {

    private static final CharSequence[] TRUSTED = {
        ProxyHeaders.X_FORWARDED_FOR, ProxyHeaders.X_FORWARDED_PROTO, ProxyHeaders.X_FORWARDED_HOST,
        ProxyHeaders.X_FORWARDED_PORT, ProxyHeaders.X_FORWARDED_PATH, ProxyHeaders.X_REAL_IP,
        HttpHeaderNames.VIA, HttpHeaderNames.HOST, HttpHeaderNames.CONNECTION, HttpHeaderNames.CONTENT_LENGTH,
        HttpHeaderNames.TRANSFER_ENCODING,
    };

    /** The client-facing decoder: Netty's limits as configured before, names checked by this validator. */
    static final HttpDecoderConfig DOWNSTREAM_DECODER = new HttpDecoderConfig()
            .setMaxInitialLineLength(8192).setMaxHeaderSize(65536).setMaxChunkSize(16384)
            .setHeadersFactory(DefaultHttpHeadersFactory.headersFactory()
                    .withNameValidator(new TrustedHeaderNames(DefaultHttpHeadersFactory.headersFactory().getNameValidator())));

    private final DefaultHeaders.NameValidator<CharSequence> delegate;

    private TrustedHeaderNames(DefaultHeaders.NameValidator<CharSequence> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void validateName(CharSequence name) {
        for (CharSequence trusted : TRUSTED) {
            if (name == trusted) {
                return;
            }
        }
        delegate.validateName(name);
    }
}
