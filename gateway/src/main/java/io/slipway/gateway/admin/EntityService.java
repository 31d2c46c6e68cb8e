package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.store.ConfigStore;
import io.slipway.gateway.store.EntitySet;
import io.slipway.gateway.store.StoreError;
import java.util.List;
import java.util.UUID;

/**
 * Create, read, update and delete of entities as Kong's Admin API does them: input validated against
 * the kind's schema, parents resolved by id or name, PUT as upsert by id or name, PATCH merged into
 * the stored entity, plugin configs checked by the {@link PluginCatalog}. Each write is one store transaction.
 */
final class EntityService {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConfigStore store;
    private final PluginCatalog plugins;

    EntityService(ConfigStore store, PluginCatalog plugins) {
        this.store = store;
        this.plugins = plugins;
    }

    List<Entity> list(EntityKind kind, Scope scope) {
        return store.read(set -> {
            if (!scope.nested()) {
                return set.list(kind);
            }
            var parent = parent(set, scope);
            return set.list(kind).stream().filter(e -> refersTo(e, scope.field(), parent.id())).toList();
        });
    }

    Entity get(EntityKind kind, Scope scope, String idOrKey) {
        return store.read(set -> find(set, kind, scope, idOrKey));
    }

    Entity create(EntityKind kind, Scope scope, ObjectNode input, boolean form) {
        refuseWhenDeclarative("create", kind);
        var snis = kind == EntityKind.CERTIFICATE ? CertificateSnis.take(input) : null;
        return store.write(set -> {
            inScope(set, scope, input);
            return withSnis(set, set.insert(build(set, kind, input, form, null)), snis);
        });
    }

    /** PUT: replaces the entity named by {@code idOrKey}, or creates it with that id or name. */
    Entity upsert(EntityKind kind, Scope scope, String idOrKey, ObjectNode input, boolean form) {
        refuseWhenDeclarative("create", kind);
        var snis = kind == EntityKind.CERTIFICATE ? CertificateSnis.take(input) : null;
        return store.write(set -> {
            inScope(set, scope, input);
            var existing = scope.nested() ? findOptional(set, kind, scope, idOrKey) : set.find(kind, idOrKey).orElse(null);
            if (isUuid(idOrKey)) {
                input.put("id", idOrKey);
            } else {
                input.put(kind.endpointKeys().get(0), idOrKey);
                if (existing != null) input.put("id", existing.id().toString());
            }
            if (existing == null) {
                return withSnis(set, set.insert(build(set, kind, input, form, null)), snis);
            }
            return withSnis(set, set.update(build(set, kind, input, form, existing)), snis);
        });
    }

    Entity patch(EntityKind kind, Scope scope, String idOrKey, ObjectNode input, boolean form) {
        refuseWhenDeclarative("update", kind);
        var snis = kind == EntityKind.CERTIFICATE ? CertificateSnis.take(input) : null;
        return store.write(set -> {
            var existing = find(set, kind, scope, idOrKey);
            inScope(set, scope, input);
            var merged = merge(KongJson.toJson(existing), input);
            merged.put("id", existing.id().toString());
            merged.remove("updated_at");
            return withSnis(set, set.update(build(set, kind, merged, form, existing)), snis);
        });
    }

    void delete(EntityKind kind, Scope scope, String idOrKey) {
        refuseWhenDeclarative("delete", kind);
        store.write(set -> {
            var existing = findOptional(set, kind, scope, idOrKey);
            return existing != null && set.delete(kind, existing.id());
        });
    }

    /** Checks {@code input} as a create of {@code kind} would, without storing anything (Kong's {@code /schemas/{entity}/validate}). */
    void validate(EntityKind kind, ObjectNode input, boolean form) {
        if (kind == EntityKind.CERTIFICATE) CertificateSnis.take(input);
        store.read(set -> build(set, kind, input, form, null));
    }

    /** A certificate written with Kong's {@code snis} shorthand gets exactly those SNIs, in the same write. */
    private Entity withSnis(EntitySet set, Entity certificate, List<String> snis) {
        if (snis != null) {
            CertificateSnis.sync(set, certificate.id(), snis,
                    (input, existing) -> build(set, EntityKind.SNI, input, false, existing));
        }
        return certificate;
    }

    private void refuseWhenDeclarative(String verb, EntityKind kind) {
        if (store.declarative()) {
            throw StoreError.declarative(verb, kind);
        }
    }

    /** Validates {@code input} into a record, keeping the created time of {@code existing}. */
    Entity build(EntitySet set, EntityKind kind, ObjectNode input, boolean form, Entity existing) {
        resolveParents(set, kind, input);
        if (!input.hasNonNull("id")) {
            input.put("id", UUID.randomUUID().toString());
        }
        double now = System.currentTimeMillis() / 1000.0;
        boolean fractional = kind == EntityKind.TARGET;
        var created = existing == null ? input.get("created_at") : KongJson.toJson(existing).get("created_at");
        input.set("created_at", created == null || created.isNull() ? time(now, fractional) : created);
        if (kind.schema().fields().stream().anyMatch(f -> f.name().equals("updated_at"))) {
            input.set("updated_at", time(now, fractional));
        }
        var normal = kind.validate(input, form);
        if (kind == EntityKind.PLUGIN) {
            normal.set("config", pluginConfig(normal, form));
        }
        return kind.read(normal);
    }

    private JsonNode time(double now, boolean fractional) {
        return fractional ? JSON.numberNode(Math.floor(now * 1000) / 1000) : JSON.numberNode((long) now);
    }

    private ObjectNode pluginConfig(ObjectNode plugin, boolean form) {
        String name = plugin.get("name").asText();
        if (!plugins.available().contains(name)) {
            var fields = JSON.objectNode().put("name",
                    "plugin '" + name + "' not enabled; add it to the 'plugins' configuration property");
            throw new SchemaViolation(fields);
        }
        plugins.checkScope(name, !plugin.get("consumer").isNull() || !plugin.path("consumer_group").isNull());
        try {
            return plugins.validate(name, (ObjectNode) plugin.get("config"), form);
        } catch (SchemaViolation violation) {
            var fields = JSON.objectNode();
            fields.set("config", violation.fields());
            throw new SchemaViolation(fields);
        }
    }

    /** Parents may be given as {@code {"id": ...}}, {@code {"name": ...}} or a bare id or name. */
    private static void resolveParents(EntitySet set, EntityKind kind, ObjectNode input) {
        for (String field : kind.parents()) {
            var ref = input.get(field);
            if (ref == null || ref.isNull()) continue;
            String key = null;
            if (ref.isTextual()) {
                key = ref.asText();
            } else if (ref.isObject() && !ref.hasNonNull("id")) {
                var name = ref.has("name") ? ref.get("name") : ref.get("username");
                key = name == null ? null : name.asText();
            }
            if (key == null || isUuid(key)) continue;
            var parentKind = parentKind(field);
            var parent = set.find(parentKind, key);
            if (parent.isEmpty()) {
                var fields = JSON.objectNode();
                fields.putObject(field).put("name", key);
                throw new ApiError(400, JSON.objectNode()
                        .put("message", "the foreign key '{name=\"" + key + "\"}' does not reference an existing '"
                                + parentKind.table() + "' entity.")
                        .put("name", "foreign key violation").put("code", 4).set("fields", fields));
            }
            input.set(field, JSON.objectNode().put("id", parent.get().id().toString()));
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
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void inScope(EntitySet set, Scope scope, ObjectNode input) {
        if (scope.nested()) {
            input.set(scope.field(), JSON.objectNode().put("id", parent(set, scope).id().toString()));
        }
    }

    private static Entity parent(EntitySet set, Scope scope) {
        return set.find(scope.parentKind(), scope.parentKey()).orElseThrow(ApiError::notFound);
    }

    private static Entity find(EntitySet set, EntityKind kind, Scope scope, String idOrKey) {
        var found = findOptional(set, kind, scope, idOrKey);
        if (found == null) throw ApiError.notFound();
        return found;
    }

    private static Entity findOptional(EntitySet set, EntityKind kind, Scope scope, String idOrKey) {
        if (!scope.nested()) {
            return set.find(kind, idOrKey).orElse(null);
        }
        var parentId = parent(set, scope).id();
        var found = set.find(kind, idOrKey).orElse(null);
        if (found != null && refersTo(found, scope.field(), parentId)) {
            return found;
        }
        // keys unique only per parent (a target's address, an ACL group) are looked up among the parent's children
        String key = kind == EntityKind.TARGET ? normaliseTarget(idOrKey) : idOrKey;
        return set.list(kind).stream()
                .filter(e -> refersTo(e, scope.field(), parentId))
                .filter(e -> {
                    var json = KongJson.toJson(e);
                    return kind.endpointKeys().stream().anyMatch(k -> key.equals(json.path(k).asText(null)));
                })
                .findFirst().orElse(null);
    }

    private static String normaliseTarget(String hostPort) {
        return hostPort.contains(":") ? hostPort : hostPort + ":8000";
    }

    static boolean refersTo(Entity entity, String field, UUID parentId) {
        return parentId.toString().equals(KongJson.toJson(entity).path(field).path("id").asText(null));
    }

    /** Kong's PATCH: objects merge field by field (headers maps are replaced), everything else is replaced. */
    private static ObjectNode merge(ObjectNode base, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            var old = base.get(e.getKey());
            if (old instanceof ObjectNode oldObject && e.getValue() instanceof ObjectNode newObject
                    && !List.of("headers", "service", "route", "consumer", "upstream", "consumer_group").contains(e.getKey())) {
                merge(oldObject, newObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
        return base;
    }

    static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
