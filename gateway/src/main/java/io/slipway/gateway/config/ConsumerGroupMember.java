package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A consumer's membership of a consumer group (Kong's {@code consumer_group_consumers}); goes away
 * with either of them. A consumer may belong to several groups.
 */
public record ConsumerGroupMember(UUID id, EntityRef consumerGroup, EntityRef consumer, List<String> tags,
                                  long createdAt, long updatedAt) implements Entity {

    public ConsumerGroupMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumerGroup, "consumerGroup");
        Objects.requireNonNull(consumer, "consumer");
        tags = Lists.copyOrNull(tags);
    }

    public UUID consumerGroupId() {
        return consumerGroup.id();
    }

    public UUID consumerId() {
        return consumer.id();
    }
}
