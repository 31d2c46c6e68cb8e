package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Service: where requests are proxied to. {@code host} is either a host name or IP, or the
 * name of an {@link Upstream}, in which case the upstream's targets are balanced over.
 * Defaults as in Kong 3.x: port 80 (443 for https), retries 5, timeouts 60000 ms, enabled.
 * The TLS fields are accepted and kept for compatibility; the proxy does not use them.
 */
public record Service(
        UUID id,
        String name,
        String protocol,
        String host,
        int port,
        String path,
        int retries,
        int connectTimeout,
        int writeTimeout,
        int readTimeout,
        boolean enabled,
        List<String> tags,
        EntityRef clientCertificate,
        Boolean tlsVerify,
        Integer tlsVerifyDepth,
        List<UUID> caCertificates,
        long createdAt,
        long updatedAt) implements Entity {

    public static final int DEFAULT_RETRIES = 5;
    public static final int DEFAULT_TIMEOUT_MS = 60_000;

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(host, "host");
        tags = Lists.copyOrNull(tags);
        caCertificates = Lists.copyOrNull(caCertificates);
    }

    /** A service with Kong's defaults, e.g. {@code Service.of("echo", "http", "127.0.0.1", 8080, null)}. */
    public static Service of(String name, String protocol, String host, int port, String path) {
        long now = Entity.now();
        return new Service(UUID.randomUUID(), name, protocol, host, port, path, DEFAULT_RETRIES,
                DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, true, null, null, null, null, null,
                now, now);
    }
}
