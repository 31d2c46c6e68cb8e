package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Upstream: a virtual host name that a service's {@code host} may name, balanced over its
 * {@link Target}s. {@code algorithm} is round-robin (default), least-connections or
 * consistent-hashing; {@code hashOn} none (default), consumer, ip, header (with {@code hashOnHeader}),
 * cookie (with {@code hashOnCookie}, {@code hashOnCookiePath}) and the fallback the same way.
 * <p>
 * Slipway extension: {@code consulService}, when set, names a Consul service whose healthy instances
 * become this upstream's targets (followed with blocking queries); targets added through the Admin
 * API are then ignored. Kong has no such field; an exported declarative file carries it only when set.
 */
public record Upstream(
        UUID id,
        String name,
        String algorithm,
        String hashOn,
        String hashFallback,
        String hashOnHeader,
        String hashFallbackHeader,
        String hashOnCookie,
        String hashOnCookiePath,
        String hashOnQueryArg,
        String hashFallbackQueryArg,
        String hashOnUriCapture,
        String hashFallbackUriCapture,
        int slots,
        Healthchecks healthchecks,
        String hostHeader,
        EntityRef clientCertificate,
        boolean useSrvName,
        String consulService,
        List<String> tags,
        long createdAt,
        long updatedAt) implements Entity {

    public Upstream {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        algorithm = algorithm == null ? "round-robin" : algorithm;
        hashOn = hashOn == null ? "none" : hashOn;
        hashFallback = hashFallback == null ? "none" : hashFallback;
        hashOnCookiePath = hashOnCookiePath == null ? "/" : hashOnCookiePath;
        healthchecks = healthchecks == null ? Healthchecks.defaults() : healthchecks;
        tags = Lists.copyOrNull(tags);
    }

    /** An upstream with Kong's defaults. */
    public static Upstream named(String name) {
        long now = Entity.now();
        return new Upstream(UUID.randomUUID(), name, null, null, null, null, null, null, null, null, null, null,
                null, 10_000, null, null, null, false, null, null, now, now);
    }
}
