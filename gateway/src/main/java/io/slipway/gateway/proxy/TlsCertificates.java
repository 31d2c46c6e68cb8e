package io.slipway.gateway.proxy;

import io.netty.handler.ssl.SslContext;
import io.netty.util.Mapping;
import java.util.Locale;
import java.util.Map;

/**
 * The server certificates of the HTTPS proxy port by SNI name, built once per configuration change:
 * an exact name first, then a wildcard SNI ({@code *.example.com} for {@code api.example.com}, or
 * {@code example.*}), as Kong selects them. A client that sends no server name, or one no SNI covers,
 * gets {@code fallback}: the certificate created first, or none (the handshake then fails) when no
 * certificate has an SNI. Kong would answer those with its built-in self-signed certificate instead.
 */
record TlsCertificates(Map<String, SslContext> exact, Map<String, SslContext> suffixes,
                       Map<String, SslContext> prefixes, SslContext fallback) implements Mapping<String, SslContext> {

    static final TlsCertificates NONE = new TlsCertificates(Map.of(), Map.of(), Map.of(), null);

    @Override
    public SslContext map(String serverName) {
        if (serverName == null || serverName.isEmpty()) {
            return fallback;
        }
        String name = serverName.toLowerCase(Locale.ROOT);
        SslContext found = exact.get(name);
        if (found != null) {
            return found;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            found = suffixes.get(name.substring(dot));
            if (found != null) {
                return found;
            }
        }
        int last = name.lastIndexOf('.');
        if (last > 0) {
            found = prefixes.get(name.substring(0, last + 1));
            if (found != null) {
                return found;
            }
        }
        return fallback;
    }
}
