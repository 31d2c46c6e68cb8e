package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A key-auth API key of a consumer. Kong returns keys in the Admin API, so does Slipway; they are
 * never logged. {@code ttl} (seconds) is kept as given and null when absent.
 */
public record KeyAuthCredential(UUID id, EntityRef consumer, String key, Integer ttl, List<String> tags,
                                long createdAt) implements Entity {

    public KeyAuthCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(key, "key");
        tags = Lists.copyOrNull(tags);
    }

    public UUID consumerId() {
        return consumer.id();
    }

    @Override
    public String toString() {
        return "KeyAuthCredential[id=" + id + ", consumer=" + consumer.id() + "]";
    }
}
