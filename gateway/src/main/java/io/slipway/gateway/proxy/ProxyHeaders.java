package io.slipway.gateway.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.util.AsciiString;
import java.util.List;

/**
 * Header rules of a reverse proxy: hop-by-hop headers stay on their hop, {@code X-Forwarded-*},
 * {@code X-Real-IP} and {@code Via} tell the upstream where the request came from (Kong trusts no
 * incoming forwarded headers by default, so it overwrites them, except that X-Forwarded-For is appended to).
 * {@code Transfer-Encoding} is kept: it carries the body's framing, which the codec re-applies.
 */
final class ProxyHeaders {

    static final AsciiString VIA_VALUE = AsciiString.cached("1.1 slipway");
    static final AsciiString X_FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
    static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
    static final AsciiString X_FORWARDED_HOST = AsciiString.cached("x-forwarded-host");
    static final AsciiString X_FORWARDED_PORT = AsciiString.cached("x-forwarded-port");
    static final AsciiString X_FORWARDED_PATH = AsciiString.cached("x-forwarded-path");
    static final AsciiString X_REAL_IP = AsciiString.cached("x-real-ip");
    private static final AsciiString PROXY_CONNECTION = AsciiString.cached("proxy-connection");
    private static final List<AsciiString> HOP_BY_HOP = List.of(HttpHeaderNames.KEEP_ALIVE, PROXY_CONNECTION,
            HttpHeaderNames.TE, HttpHeaderNames.TRAILER, HttpHeaderNames.PROXY_AUTHENTICATE);

    private ProxyHeaders() {}

    /** Removes hop-by-hop headers; keeps {@code Connection: Upgrade} and {@code Upgrade} when {@code upgrade}. */
    static void removeHopByHop(HttpHeaders headers, boolean upgrade) {
        String connection = headers.get(HttpHeaderNames.CONNECTION);
        if (connection != null) {
            int start = 0;
            while (start <= connection.length()) {   // the tokens of Connection, without splitting into an array
                int comma = connection.indexOf(',', start);
                int end = comma < 0 ? connection.length() : comma;
                String name = connection.substring(start, end).trim();
                if (!name.isEmpty() && !(upgrade && isToken(name, "upgrade"))) {
                    headers.remove(name);
                }
                start = end + 1;
            }
            headers.remove(HttpHeaderNames.CONNECTION);
        }
        for (AsciiString name : HOP_BY_HOP) {
            headers.remove(name);
        }
        if (upgrade) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE);
        } else {
            headers.remove(HttpHeaderNames.UPGRADE);
        }
    }

    /**
     * Whether the connection stays open after this message, as {@code HttpUtil.isKeepAlive} decides, but
     * with one header lookup: the common values ({@code keep-alive}, {@code close}, none) need no token scan.
     */
    static boolean keepAlive(HttpMessage message) {
        String connection = message.headers().get(HttpHeaderNames.CONNECTION);
        boolean byDefault = message.protocolVersion().isKeepAliveDefault();
        if (connection == null) {
            return byDefault;
        }
        if (isToken(connection, "keep-alive")) {
            return true;
        }
        if (isToken(connection, "close")) {
            return false;
        }
        boolean keepAlive = byDefault;
        int start = 0;
        while (start <= connection.length()) {
            int comma = connection.indexOf(',', start);
            int end = comma < 0 ? connection.length() : comma;
            String token = connection.substring(start, end).trim();
            if (isToken(token, "close")) {
                return false;
            }
            if (isToken(token, "keep-alive")) {
                keepAlive = true;
            }
            start = end + 1;
        }
        return keepAlive;
    }

    private static boolean isToken(String text, String token) {
        return text.length() == token.length() && text.regionMatches(true, 0, token, 0, token.length());
    }

    static void addForwarded(HttpHeaders headers, CharSequence clientIp, String originalHost, CharSequence proxyPort,
                             String path, CharSequence protocol) {
        String forwardedFor = headers.get(X_FORWARDED_FOR);
        headers.set(X_FORWARDED_FOR, forwardedFor == null ? clientIp : forwardedFor + ", " + clientIp);
        headers.set(X_REAL_IP, clientIp);
        headers.set(X_FORWARDED_PROTO, protocol);
        if (originalHost != null) {
            int colon = originalHost.lastIndexOf(':');
            headers.set(X_FORWARDED_HOST, colon > 0 && originalHost.indexOf(']') < colon
                    ? originalHost.substring(0, colon) : originalHost);
        }
        headers.set(X_FORWARDED_PORT, proxyPort);
        headers.set(X_FORWARDED_PATH, path);
        headers.add(HttpHeaderNames.VIA, VIA_VALUE);
    }
}
