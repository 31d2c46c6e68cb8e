package io.slipway.gateway.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.schema.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The working copy of every entity that one write changes, enforcing Kong's relational rules:
 * unique fields (409), references to existing parents (400), deleting a service that routes use is
 * refused (400), and deleting an upstream or consumer, route or service cascades to its targets,
 * credentials and plugins. It records the row changes the store then persists in one transaction.
 * <p>
 * Not thread-safe: the store hands each write its own copy.
 */
public final class EntitySet {

    private final Map<UUID, Entity> byId;
    private final Map<String, UUID> unique;
    private final List<Change> changes = new ArrayList<>();

    private EntitySet(Map<UUID, Entity> byId, Map<String, UUID> unique) {
        this.byId = byId;
        this.unique = unique;
    }

    static EntitySet of(Collection<? extends Entity> entities) {
        var set = new EntitySet(new LinkedHashMap<>(), new HashMap<>());
        entities.forEach(set::index);
        return set;
    }

    /** An empty set, e.g. to check a declarative file's entities against each other. */
    public static EntitySet empty() {
        return of(List.of());
    }

    EntitySet copy() {
        return new EntitySet(new LinkedHashMap<>(byId), new HashMap<>(unique));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    GatewayConfig snapshot() {
        var ordered = new ArrayList<Entity>();
        for (EntityKind kind : EntityKind.values()) {
            ordered.addAll(list(kind));
        }
        return GatewayConfig.of(ordered);
    }

    public Optional<Entity> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** An entity of {@code kind} by id, or by one of the kind's endpoint keys (a service's name, ...). */
    public Optional<Entity> find(EntityKind kind, String idOrKey) {
        try {
            var byUuid = byId.get(UUID.fromString(idOrKey));
            if (kind.type().isInstance(byUuid)) return Optional.of(byUuid);
        } catch (IllegalArgumentException notAUuid) {
            // fall through to the endpoint keys
        }
        for (int i = 0; i < kind.uniques().size(); i++) {
            var fields = kind.uniques().get(i);
            if (fields.size() == 1 && kind.endpointKeys().contains(fields.get(0))) {
                var id = unique.get(uniqueKey(kind, i, quote(idOrKey)));
                if (id != null) return Optional.of(byId.get(id));
            }
        }
        return Optional.empty();
    }

    public List<Entity> list(EntityKind kind) {
        return byId.values().stream().filter(kind.type()::isInstance).toList();
    }

    /** Adds a new entity; 409 when its id or a unique field is taken, 400 when a parent is missing. */
    public Entity insert(Entity entity) {
        if (byId.containsKey(entity.id())) {
            throw StoreError.primaryKey(entity.id());
        }
        checkParents(entity);
        index(entity);
        changes.add(new Change.Upsert(entity));
        return entity;
    }

    /** Replaces the entity with the same id (which must exist) after the same checks as {@link #insert}. */
    public Entity update(Entity entity) {
        var old = byId.get(entity.id());
        if (old == null || EntityKind.of(old) != EntityKind.of(entity)) {
            throw new IllegalArgumentException("no " + EntityKind.of(entity).table() + " entity " + entity.id());
        }
        checkParents(entity);
        unindex(old);
        try {
            index(entity);
        } catch (StoreError clash) {
            index(old);
            throw clash;
        }
        changes.add(new Change.Upsert(entity));
        return entity;
    }

    /** Removes an entity and what cascades from it; returns false when there was none. */
    public boolean delete(EntityKind kind, UUID id) {
        var entity = byId.get(id);
        if (!kind.type().isInstance(entity)) {
            return false;
        }
        var children = new ArrayList<Entity>();
        for (EntityKind child : EntityKind.values()) {
            for (Entity candidate : list(child)) {
                if (references(candidate, child, id)) {
                    if (child == EntityKind.ROUTE) {
                        throw StoreError.referencedBy(child, kind);
                    }
                    children.add(candidate);
                }
            }
        }
        for (Entity child : children) {
            delete(EntityKind.of(child), child.id());
        }
        unindex(entity);
        changes.add(new Change.Removal(kind, id));
        return true;
    }

    /** Removes everything (children first), as the start of replacing the whole configuration. */
    public void clear() {
        var kinds = EntityKind.values();
        for (int k = kinds.length - 1; k >= 0; k--) {
            for (Entity entity : list(kinds[k])) {
                unindex(entity);
                changes.add(new Change.Removal(kinds[k], entity.id()));
            }
        }
    }

    private static boolean references(Entity candidate, EntityKind kind, UUID parentId) {
        if (kind.parents().isEmpty()) return false;
        var json = KongJson.toJson(candidate);
        for (String field : kind.parents()) {
            if (parentId.toString().equals(json.path(field).path("id").asText(null))) return true;
        }
        return false;
    }

    private void checkParents(Entity entity) {
        var kind = EntityKind.of(entity);
        if (kind.parents().isEmpty()) return;
        var json = KongJson.toJson(entity);
        for (String field : kind.parents()) {
            var id = json.path(field).path("id");
            if (id.isTextual()) {
                var parentKind = parentKind(field);
                var parent = byId.get(UUID.fromString(id.asText()));
                if (!parentKind.type().isInstance(parent)) {
                    throw StoreError.missingParent(field, parentKind, UUID.fromString(id.asText()));
                }
            }
        }
    }

    static EntityKind parentKind(String field) {
        return switch (field) {
            case "service" -> EntityKind.SERVICE;
            case "route" -> EntityKind.ROUTE;
            case "consumer" -> EntityKind.CONSUMER;
            case "upstream" -> EntityKind.UPSTREAM;
            case "certificate" -> EntityKind.CERTIFICATE;
            case "consumer_group" -> EntityKind.CONSUMER_GROUP;
            default -> throw new IllegalArgumentException("not a parent field: " + field);
        };
    }

    private void index(Entity entity) {
        var kind = EntityKind.of(entity);
        var json = KongJson.toJson(entity);
        var keys = new ArrayList<String>();
        for (int i = 0; i < kind.uniques().size(); i++) {
            var fields = kind.uniques().get(i);
            if (fields.stream().allMatch(f -> json.path(f).isNull() || json.path(f).isMissingNode())) continue;
            String key = uniqueKey(kind, i, values(json, fields));
            var holder = unique.get(key);
            if (holder != null && !holder.equals(entity.id())) {
                keys.forEach(unique::remove);
                throw StoreError.unique(description(json, fields), fieldsOf(json, fields));
            }
            keys.add(key);
        }
        keys.forEach(key -> unique.put(key, entity.id()));
        byId.put(entity.id(), entity);
    }

    private void unindex(Entity entity) {
        var kind = EntityKind.of(entity);
        var json = KongJson.toJson(entity);
        for (int i = 0; i < kind.uniques().size(); i++) {
            unique.remove(uniqueKey(kind, i, values(json, kind.uniques().get(i))), entity.id());
        }
        byId.remove(entity.id());
    }

    private static String uniqueKey(EntityKind kind, int index, String values) {
        return kind.table() + "#" + index + "#" + values;
    }

    private static String values(ObjectNode json, List<String> fields) {
        var out = new StringBuilder();
        for (String field : fields) {
            out.append(value(json.path(field))).append('\u0000');
        }
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    private static String value(JsonNode node) {
        if (node.isObject()) return "{id=" + quote(node.path("id").asText()) + "}";
        if (node.isNull() || node.isMissingNode()) return "null";
        return quote(node.asText());
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** Kong's rendering of the clashing values: {@code {name="x"}}. */
    private static String description(ObjectNode json, List<String> fields) {
        var sorted = new TreeMap<String, String>();
        fields.forEach(f -> sorted.put(f, value(json.path(f))));
        var parts = new ArrayList<String>();
        sorted.forEach((k, v) -> parts.add(k + "=" + v));
        return "{" + String.join(",", parts) + "}";
    }

    private static ObjectNode fieldsOf(ObjectNode json, List<String> fields) {
        var out = JsonNodeFactory.instance.objectNode();
        fields.forEach(f -> out.set(f, json.path(f).isMissingNode() ? null : json.get(f).deepCopy()));
        return out;
    }
}
