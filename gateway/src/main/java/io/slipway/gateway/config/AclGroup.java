package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Membership of a consumer in an ACL group (Kong's {@code acls} entity). */
public record AclGroup(UUID id, EntityRef consumer, String group, List<String> tags, long createdAt)
        implements Entity {

    public AclGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(group, "group");
        tags = Lists.copyOrNull(tags);
    }

    public UUID consumerId() {
        return consumer.id();
    }
}
