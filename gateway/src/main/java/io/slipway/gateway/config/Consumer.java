package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Kong's Consumer: who calls the APIs. At least one of {@code username} and {@code customId} is set. */
public record Consumer(UUID id, String username, String customId, List<String> tags, long createdAt,
                       long updatedAt) implements Entity {

    public Consumer {
        Objects.requireNonNull(id, "id");
        tags = Lists.copyOrNull(tags);
    }

    public static Consumer named(String username) {
        long now = Entity.now();
        return new Consumer(UUID.randomUUID(), username, null, null, now, now);
    }
}
