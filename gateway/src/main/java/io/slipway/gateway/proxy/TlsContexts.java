package io.slipway.gateway.proxy;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.slipway.gateway.config.Certificate;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.Sni;
import io.slipway.gateway.config.schema.CertificatePem;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;

/**
 * Builds the {@link TlsCertificates} of a configuration. An {@link SslContext} per certificate (its
 * main pair and, when set, its alternate pair, e.g. RSA and ECDSA, in one key manager) is kept across
 * configuration changes while the certificate's PEM texts stay the same, so an unrelated change does not
 * rebuild them. Called under the proxy's apply lock.
 */
final class TlsContexts {

    private Map<String, SslContext> byPem = new HashMap<>();

    TlsCertificates compile(GatewayConfig config) {
        Map<String, SslContext> kept = new HashMap<>();
        Map<java.util.UUID, SslContext> byId = new HashMap<>();
        for (Certificate certificate : config.certificates()) {
            String key = certificate.cert() + '\u0000' + certificate.key() + '\u0000' + certificate.certAlt()
                    + '\u0000' + certificate.keyAlt();
            SslContext context = byPem.get(key);
            if (context == null) {
                context = build(certificate);
            }
            kept.put(key, context);
            byId.put(certificate.id(), context);
        }
        byPem = kept;
        Map<String, SslContext> exact = new HashMap<>();
        Map<String, SslContext> suffixes = new HashMap<>();
        Map<String, SslContext> prefixes = new HashMap<>();
        for (Sni sni : config.snis()) {
            SslContext context = byId.get(sni.certificateId());
            String name = sni.name().toLowerCase(Locale.ROOT);
            if (name.startsWith("*.")) {
                suffixes.put(name.substring(1), context);
            } else if (name.endsWith(".*")) {
                prefixes.put(name.substring(0, name.length() - 1), context);
            } else {
                exact.put(name, context);
            }
        }
        SslContext fallback = config.certificates().stream()
                .filter(c -> config.snis().stream().anyMatch(s -> s.certificateId().equals(c.id())))
                .min(Comparator.comparingLong(Certificate::createdAt).thenComparing(c -> c.id().toString()))
                .map(c -> byId.get(c.id())).orElse(null);
        return new TlsCertificates(Map.copyOf(exact), Map.copyOf(suffixes), Map.copyOf(prefixes), fallback);
    }

    private static SslContext build(Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "in-memory".toCharArray();   // the store never leaves this method
            store.setKeyEntry("main", CertificatePem.privateKey(certificate.key()), password,
                    CertificatePem.certificates(certificate.cert()).toArray(new X509Certificate[0]));
            if (certificate.certAlt() != null && certificate.keyAlt() != null) {
                store.setKeyEntry("alt", CertificatePem.privateKey(certificate.keyAlt()), password,
                        CertificatePem.certificates(certificate.certAlt()).toArray(new X509Certificate[0]));
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            return SslContextBuilder.forServer(keys).build();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("certificate " + certificate.id() + " cannot serve TLS: " + e.getMessage(), e);
        }
    }
}
