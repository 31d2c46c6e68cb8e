package io.slipway.gateway.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.schema.EntityKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** How each entity kind maps to its table: the columns besides the JSON document and where their values come from. */
final class EntityTables {

    private EntityTables() {}

    record Table(String name, Map<String, Function<ObjectNode, Object>> columns) {}

    static Table of(EntityKind kind) {
        var columns = new LinkedHashMap<String, Function<ObjectNode, Object>>();
        switch (kind) {
            case SERVICE, UPSTREAM, ROUTE -> columns.put("name", text("name"));
            case CONSUMER -> {
                columns.put("username", text("username"));
                columns.put("custom_id", text("custom_id"));
            }
            case TARGET -> columns.put("target", text("target"));
            case SNI, CONSUMER_GROUP -> columns.put("name", text("name"));
            case CONSUMER_GROUP_CONSUMER -> { }
            case CERTIFICATE -> { }
            case KEY_AUTH, JWT -> columns.put("cred_key", text("key"));
            case BASIC_AUTH -> columns.put("username", text("username"));
            case ACL -> columns.put("acl_group", text("group"));
            case PLUGIN -> {
                columns.put("name", text("name"));
                columns.put("instance_name", text("instance_name"));
                columns.put("cache_key", json -> String.join(":", json.path("name").asText(),
                        refText(json, "service"), refText(json, "route"), refText(json, "consumer"))
                        + (refText(json, "consumer_group").isEmpty() ? "" : ":" + refText(json, "consumer_group")));
            }
        }
        for (String parent : kind.parents()) {
            columns.put(parent + "_id", json -> nullable(json.path(parent).path("id")));
        }
        columns.put("tags", json -> json.path("tags").isArray() ? "," + String.join(",", tags(json)) + "," : null);
        columns.put("created_at", json -> json.path("created_at").asLong());
        return new Table("gw_" + kind.table(), columns);
    }

    private static Function<ObjectNode, Object> text(String field) {
        return json -> nullable(json.path(field));
    }

    private static String nullable(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static String refText(ObjectNode json, String field) {
        var id = json.path(field).path("id");
        return id.isTextual() ? id.asText() : "";
    }

    private static Iterable<String> tags(ObjectNode json) {
        var out = new java.util.ArrayList<String>();
        json.path("tags").forEach(tag -> out.add(tag.asText()));
        return out;
    }
}
