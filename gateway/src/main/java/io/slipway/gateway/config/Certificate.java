package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Certificate: a PEM certificate (chain) and its private key, with an optional second pair
 * ({@code certAlt}, {@code keyAlt}, e.g. ECDSA beside RSA). SNIs point at it. The private keys are
 * write-only: the Admin API and the declarative export never show them.
 */
public record Certificate(UUID id, String cert, String key, String certAlt, String keyAlt, List<String> tags,
                          long createdAt, long updatedAt) implements Entity {

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cert, "cert");
        Objects.requireNonNull(key, "key");
        tags = Lists.copyOrNull(tags);
    }
}
