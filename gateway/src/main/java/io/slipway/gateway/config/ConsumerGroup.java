package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Consumer Group: a named set of consumers (members are {@link ConsumerGroupMember}s) that
 * plugins can be scoped to, e.g. a rate limit per customer tier.
 */
public record ConsumerGroup(UUID id, String name, List<String> tags, long createdAt, long updatedAt) implements Entity {

    public ConsumerGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tags = Lists.copyOrNull(tags);
    }
}
