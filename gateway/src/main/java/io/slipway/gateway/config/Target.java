package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Target: one {@code host:port} of an upstream with a weight (0-65535, default 100; 0 takes it
 * out of the balancer). The port defaults to 8000 when the input omits it, as in Kong.
 */
public record Target(UUID id, EntityRef upstream, String target, int weight, List<String> tags,
                     double createdAt, double updatedAt) implements Entity {

    public static final int DEFAULT_WEIGHT = 100;

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(target, "target");
        tags = Lists.copyOrNull(tags);
    }

    public static Target of(UUID upstreamId, String hostPort, int weight) {
        double now = System.currentTimeMillis() / 1000.0;
        return new Target(UUID.randomUUID(), new EntityRef(upstreamId), hostPort, weight, null, now, now);
    }

    public UUID upstreamId() {
        return upstream.id();
    }

    /** The host part of {@code target}; IPv6 addresses keep their brackets. */
    public String host() {
        return target.substring(0, target.lastIndexOf(':'));
    }

    public int port() {
        return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    }
}
