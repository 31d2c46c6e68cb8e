package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A jwt credential of a consumer: tokens whose {@code iss} claim (Kong's default key claim) equals
 * {@code key} are verified with {@code secret} (HS256/HS384/HS512) or {@code rsaPublicKey} (PEM, for
 * RS256/RS384/RS512). Algorithm default HS256.
 */
public record JwtCredential(UUID id, EntityRef consumer, String key, String secret, String algorithm,
                            String rsaPublicKey, List<String> tags, long createdAt) implements Entity {

    public JwtCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(key, "key");
        algorithm = algorithm == null ? "HS256" : algorithm;
        tags = Lists.copyOrNull(tags);
    }

    public UUID consumerId() {
        return consumer.id();
    }

    @Override
    public String toString() {
        return "JwtCredential[id=" + id + ", consumer=" + consumer.id() + ", key=" + key + ", algorithm=" + algorithm + "]";
    }
}
