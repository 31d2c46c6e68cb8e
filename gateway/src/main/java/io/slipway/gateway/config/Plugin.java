package io.slipway.gateway.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A plugin instance: {@code name} (e.g. {@code key-auth}) with its {@code config}, applied globally
 * or scoped to a service, a route, a consumer or a consumer group, or a combination (all null means global).
 * <p>
 * {@code config} is the plugin's configuration with its defaults filled in (the Admin API validates it
 * through the plugin registry before it is stored). The record keeps its own copy and
 * {@link #config()} hands out a fresh copy, so the snapshot stays immutable; read it once when
 * building filters, not per request. Default protocols {@code [grpc, grpcs, http, https]}.
 */
public record Plugin(
        UUID id,
        String name,
        String instanceName,
        ObjectNode config,
        boolean enabled,
        EntityRef service,
        EntityRef route,
        EntityRef consumer,
        EntityRef consumerGroup,
        List<String> protocols,
        List<String> tags,
        long createdAt,
        long updatedAt) implements Entity {

    public static final List<String> DEFAULT_PROTOCOLS = List.of("grpc", "grpcs", "http", "https");

    public Plugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        config = config == null ? JsonNodeFactory.instance.objectNode() : config.deepCopy();
        protocols = protocols == null ? DEFAULT_PROTOCOLS : List.copyOf(protocols);
        tags = Lists.copyOrNull(tags);
    }

    /** A fresh copy of the configuration. */
    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }

    /** A plugin with the given scope (each id may be null) and config, enabled, with default protocols. */
    public static Plugin of(String name, ObjectNode config, UUID serviceId, UUID routeId, UUID consumerId) {
        long now = Entity.now();
        return new Plugin(UUID.randomUUID(), name, null, config, true, EntityRef.of(serviceId), EntityRef.of(routeId),
                EntityRef.of(consumerId), null, null, null, now, now);
    }

    public UUID serviceId() {
        return EntityRef.idOf(service);
    }

    public UUID routeId() {
        return EntityRef.idOf(route);
    }

    public UUID consumerId() {
        return EntityRef.idOf(consumer);
    }

    public UUID consumerGroupId() {
        return EntityRef.idOf(consumerGroup);
    }

    /** True when no service, route, consumer or consumer group scopes the plugin. */
    public boolean global() {
        return service == null && route == null && consumer == null && consumerGroup == null;
    }
}
