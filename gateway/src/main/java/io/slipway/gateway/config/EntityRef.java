package io.slipway.gateway.config;

import java.util.Objects;
import java.util.UUID;

/**
 * A reference from one entity to another, written as Kong writes it: {@code {"id": "..."}}.
 * Routes point at their service, targets at their upstream, credentials at their consumer.
 */
public record EntityRef(UUID id) {

    public EntityRef {
        Objects.requireNonNull(id, "id");
    }

    public static EntityRef of(UUID id) {
        return id == null ? null : new EntityRef(id);
    }

    /** The id of a nullable reference, or null. */
    public static UUID idOf(EntityRef ref) {
        return ref == null ? null : ref.id();
    }
}
