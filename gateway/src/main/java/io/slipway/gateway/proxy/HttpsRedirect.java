package io.slipway.gateway.proxy;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Locale;

/**
 * Kong's answer to a plain HTTP request for a route that takes only HTTPS: with the default
 * {@code https_redirect_status_code} 426, {@code {"message":"Please use HTTPS protocol"}} with
 * {@code Connection: Upgrade} and {@code Upgrade: TLS/1.2, HTTP/1.1}; with 301, 302, 307 or 308, a
 * redirect to the same host (without its port) and request URI under {@code https://}.
 */
final class HttpsRedirect {

    static final String MESSAGE = "Please use HTTPS protocol";

    private HttpsRedirect() {}

    static FullHttpResponse response(int status, String hostHeader, String requestUri) {
        var headers = new DefaultHttpHeaders();
        if (status == 426) {
            headers.set(HttpHeaderNames.CONNECTION, "Upgrade");
            headers.set(HttpHeaderNames.UPGRADE, "TLS/1.2, HTTP/1.1");
            return Responses.json(426, MESSAGE, headers);
        }
        headers.set(HttpHeaderNames.LOCATION, "https://" + hostWithoutPort(hostHeader) + requestUri);
        return Responses.full(status, headers, new byte[0], null);
    }

    private static String hostWithoutPort(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return "localhost";
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }
}
