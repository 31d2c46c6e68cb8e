package io.slipway.gateway.store.declarative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.store.EntitySet;
import io.slipway.gateway.store.StoreError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads Kong's declarative configuration ({@code _format_version} 1.1, 2.1 or 3.0) from YAML or JSON:
 * services with nested routes and plugins, upstreams with targets, consumers with their credentials,
 * ACL groups and plugins, and the same entities flat at the top level, referring to their parents by
 * id or name. Entities without an id get one derived from their kind and unique fields, so loading
 * the same file twice (or on two nodes) gives the same ids and the same configuration hash.
 * Every problem is collected before failing with a {@link DeclarativeError}.
 */
public final class DeclarativeReader {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> FORMATS = List.of("1.1", "2.1", "3.0");
    private static final List<String> IGNORED = List.of("_transform", "_comment", "_workspace", "_info", "_plugin_levels");
    private static final List<String> UNSUPPORTED = List.of("ca_certificates", "vaults",
            "workspaces", "keys", "key_sets", "filter_chains");
    private static final Map<String, EntityKind> CREDENTIALS = Map.of("keyauth_credentials", EntityKind.KEY_AUTH,
            "jwt_secrets", EntityKind.JWT, "basicauth_credentials", EntityKind.BASIC_AUTH, "acls", EntityKind.ACL);

    private final ErrorTree errors = new ErrorTree();
    private final List<Entry> entries = new ArrayList<>();

    private DeclarativeReader() {}

    /** The entities of a YAML or JSON declarative file, validated and consistent. */
    public static List<Entity> read(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            var tree = new ErrorTree();
            tree.add(List.of(), null, JsonNodeFactory.instance.textNode("failed parsing declarative configuration"),
                    "failed parsing declarative configuration: " + e.getMessage().lines().findFirst().orElse(""));
            throw tree.error();
        }
        return read(root);
    }

    public static List<Entity> read(JsonNode root) {
        return new DeclarativeReader().parse(root);
    }

    private List<Entity> parse(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            errors.add(List.of(), null, JsonNodeFactory.instance.textNode("expected an object"), "expected an object");
            throw errors.error();
        }
        var format = object.get("_format_version");
        if (format == null || !FORMATS.contains(format.asText())) {
            errors.add(List.of(), "_format_version", JsonNodeFactory.instance.textNode(format == null
                    ? "required field missing" : "expected one of: " + String.join(", ", FORMATS)),
                    "_format_version: " + (format == null ? "required field missing" : "unsupported version " + format.asText()));
        }
        object.fields().forEachRemaining(e -> section(e.getKey(), e.getValue()));
        if (!errors.isEmpty()) throw errors.error();
        entries.sort(Comparator.comparing(entry -> entry.kind.ordinal()));
        var entities = new ArrayList<Entity>();
        for (Entry entry : entries) {
            var entity = build(entry);
            if (entity != null) entities.add(entity);
        }
        if (!errors.isEmpty()) throw errors.error();
        checkRelations(entities);
        return entities;
    }

    private void section(String key, JsonNode value) {
        if (key.equals("_format_version") || IGNORED.contains(key)) return;
        var path = List.<Object>of(key);
        if (UNSUPPORTED.contains(key)) {
            if (value.isArray() && value.isEmpty()) return;
            errors.add(List.of(), key, JsonNodeFactory.instance.textNode("not supported by Slipway"), key + ": not supported by Slipway");
            return;
        }
        EntityKind kind = switch (key) {
            case "services" -> EntityKind.SERVICE;
            case "routes" -> EntityKind.ROUTE;
            case "upstreams" -> EntityKind.UPSTREAM;
            case "targets" -> EntityKind.TARGET;
            case "consumers" -> EntityKind.CONSUMER;
            case "plugins" -> EntityKind.PLUGIN;
            case "certificates" -> EntityKind.CERTIFICATE;
            case "snis" -> EntityKind.SNI;
            case "consumer_groups" -> EntityKind.CONSUMER_GROUP;
            case "consumer_group_consumers" -> EntityKind.CONSUMER_GROUP_CONSUMER;
            default -> CREDENTIALS.get(key);
        };
        if (kind == null) {
            errors.add(List.of(), key, JsonNodeFactory.instance.textNode("unknown field"), key + ": unknown field");
            return;
        }
        list(kind, value, path, null, null);
    }

    private void list(EntityKind kind, JsonNode value, List<Object> path, Entry parent, String parentField) {
        if (value == null || value.isNull()) return;
        if (!(value instanceof ArrayNode array)) {
            errors.add(path.subList(0, path.size() - 1), (String) path.get(path.size() - 1),
                    JsonNodeFactory.instance.textNode("expected an array"), "expected an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            var itemPath = new ArrayList<>(path);
            itemPath.add(i);
            if (!(array.get(i) instanceof ObjectNode item)) {
                errors.add(itemPath, null, JsonNodeFactory.instance.textNode("expected a record"), "expected a record");
                continue;
            }
            var raw = item.deepCopy();
            var entry = new Entry(kind, raw, itemPath, parent, parentField);
            entries.add(entry);
            children(entry);
        }
    }

    /** Takes the nested lists out of an entity and adds them as entries of their own. */
    private void children(Entry entry) {
        switch (entry.kind) {
            case SERVICE -> {
                nested(entry, "routes", EntityKind.ROUTE, "service");
                nested(entry, "plugins", EntityKind.PLUGIN, "service");
            }
            case ROUTE -> nested(entry, "plugins", EntityKind.PLUGIN, "route");
            case UPSTREAM -> nested(entry, "targets", EntityKind.TARGET, "upstream");
            case CERTIFICATE -> nested(entry, "snis", EntityKind.SNI, "certificate");
            case CONSUMER -> {
                nested(entry, "plugins", EntityKind.PLUGIN, "consumer");
                CREDENTIALS.forEach((key, kind) -> nested(entry, key, kind, "consumer"));
                memberships(entry, "groups", "consumer", "consumer_group");
            }
            case CONSUMER_GROUP -> {
                nested(entry, "plugins", EntityKind.PLUGIN, "consumer_group");
                memberships(entry, "consumers", "consumer_group", "consumer");
            }
            default -> { }
        }
    }

    /**
     * Group memberships written on either side, as decK and Kong's exports do: {@code groups: [{name: gold}]}
     * on a consumer, {@code consumers: [{username: alice}]} on a consumer group (names, ids or records).
     */
    private void memberships(Entry parent, String key, String parentField, String otherField) {
        var value = parent.raw.remove(key);
        if (value == null || value.isNull()) return;
        var path = new ArrayList<>(parent.path);
        path.add(key);
        if (!(value instanceof ArrayNode array)) {
            errors.add(parent.path, key, JsonNodeFactory.instance.textNode("expected an array"), "expected an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            var itemPath = new ArrayList<>(path);
            itemPath.add(i);
            var raw = JsonNodeFactory.instance.objectNode();
            raw.set(otherField, array.get(i));
            entries.add(new Entry(EntityKind.CONSUMER_GROUP_CONSUMER, raw, itemPath, parent, parentField));
        }
    }

    private void nested(Entry parent, String key, EntityKind kind, String field) {
        var value = parent.raw.remove(key);
        var path = new ArrayList<>(parent.path);
        path.add(key);
        list(kind, value, path, parent, field);
    }

    private Entity build(Entry entry) {
        var raw = entry.raw;
        if (entry.parent != null) {
            if (entry.parent.id == null) return null;  // the parent failed; its problem is reported
            raw.set(entry.parentField, JsonNodeFactory.instance.objectNode().put("id", entry.parent.id.toString()));
        }
        for (String field : entry.kind.parents()) {
            if (!resolve(entry, field)) return null;
        }
        if (!raw.hasNonNull("id")) {
            raw.put("id", DeclarativeIds.of(entry.kind, raw, entry.path).toString());
        }
        long now = System.currentTimeMillis() / 1000;
        if (!raw.hasNonNull("created_at")) raw.put("created_at", now);
        if (!raw.hasNonNull("updated_at") && entry.kind.schema().fields().stream().anyMatch(f -> f.name().equals("updated_at"))) {
            raw.put("updated_at", now);
        }
        try {
            var normal = entry.kind.validate(raw, false);
            var entity = entry.kind.read(normal);
            entry.id = entity.id();
            entry.normal = normal;
            return entity;
        } catch (SchemaViolation violation) {
            errors.addAll(entry.path, violation.fields(), violation.getMessage());
            return null;
        }
    }

    /** Turns a flat reference by id or name ({@code service: my-service}) into {@code {"id": ...}}. */
    private boolean resolve(Entry entry, String field) {
        var ref = entry.raw.get(field);
        if (ref == null || ref.isNull()) return true;
        if (ref.isObject() && ref.hasNonNull("id")) ref = ref.get("id");
        else if (ref.isObject() && ref.hasNonNull("name")) ref = ref.get("name");
        else if (ref.isObject() && ref.hasNonNull("username")) ref = ref.get("username");
        String key = ref.asText();
        var parentKind = parentKind(field);
        for (Entry candidate : entries) {
            if (candidate.kind != parentKind || candidate.normal == null) continue;
            boolean byId = candidate.id.toString().equals(key);
            boolean byKey = parentKind.endpointKeys().stream().anyMatch(k -> key.equals(candidate.normal.path(k).asText(null)));
            if (byId || byKey) {
                entry.raw.set(field, JsonNodeFactory.instance.objectNode().put("id", candidate.id.toString()));
                return true;
            }
        }
        String problem = "invalid reference '" + field + ": " + key + "' (no such entry in '" + parentKind.table() + "')";
        errors.add(entry.path, field, JsonNodeFactory.instance.textNode(problem), problem);
        return false;
    }

    private void checkRelations(List<Entity> entities) {
        var set = EntitySet.empty();
        for (int i = 0; i < entities.size(); i++) {
            var entity = entities.get(i);
            try {
                set.insert(entity);
            } catch (StoreError e) {
                var entry = entries.stream().filter(en -> entity.id().equals(en.id)).findFirst();
                var path = entry.map(en -> en.path).orElse(List.of());
                errors.add(path, null, JsonNodeFactory.instance.textNode(e.getMessage()), e.getMessage());
            }
        }
        if (!errors.isEmpty()) throw errors.error();
    }

    private static EntityKind parentKind(String field) {
        return switch (field) {
            case "service" -> EntityKind.SERVICE;
            case "route" -> EntityKind.ROUTE;
            case "consumer" -> EntityKind.CONSUMER;
            case "certificate" -> EntityKind.CERTIFICATE;
            case "consumer_group" -> EntityKind.CONSUMER_GROUP;
            default -> EntityKind.UPSTREAM;
        };
    }

    private static final class Entry {
        final EntityKind kind;
        final ObjectNode raw;
        final List<Object> path;
        final Entry parent;
        final String parentField;
        UUID id;
        ObjectNode normal;

        Entry(EntityKind kind, ObjectNode raw, List<Object> path, Entry parent, String parentField) {
            this.kind = kind;
            this.raw = raw;
            this.path = List.copyOf(path);
            this.parent = parent;
            this.parentField = parentField;
        }
    }
}
