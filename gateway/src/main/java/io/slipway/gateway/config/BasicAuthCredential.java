package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A basic-auth credential of a consumer. {@code password} is a bcrypt hash ({@code $2a$...}), never
 * the plain password: the Admin API hashes it on the way in and shows only the hash.
 * Verify with {@code BCrypt.verifyer().verify(plain.toCharArray(), password)}.
 */
public record BasicAuthCredential(UUID id, EntityRef consumer, String username, String password,
                                  List<String> tags, long createdAt) implements Entity {

    public BasicAuthCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        tags = Lists.copyOrNull(tags);
    }

    public UUID consumerId() {
        return consumer.id();
    }

    @Override
    public String toString() {
        return "BasicAuthCredential[id=" + id + ", consumer=" + consumer.id() + ", username=" + username + "]";
    }
}
