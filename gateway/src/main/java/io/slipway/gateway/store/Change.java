package io.slipway.gateway.store;

import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.schema.EntityKind;
import java.util.UUID;

/** One row-level effect of a write, in the order the database must see it. */
sealed interface Change {

    record Upsert(Entity entity) implements Change {}

    record Removal(EntityKind kind, UUID id) implements Change {}
}
