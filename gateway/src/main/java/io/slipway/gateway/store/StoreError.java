package io.slipway.gateway.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.schema.EntityKind;
import java.util.UUID;

/**
 * A change the store refuses, with Kong's error shape: HTTP status, Kong's error {@code code} and
 * {@code name}, the message and the {@code fields} tree. Messages never carry secrets.
 */
public final class StoreError extends RuntimeException {

    private final int status;
    private final int code;
    private final String kongName;
    private final ObjectNode fields;

    public StoreError(int status, int code, String kongName, String message, ObjectNode fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.kongName = kongName;
        this.fields = fields;
    }

    public int status() { return status; }
    public int code() { return code; }
    public String kongName() { return kongName; }
    public ObjectNode fields() { return fields == null ? null : fields.deepCopy(); }

    static StoreError unique(String description, ObjectNode fields) {
        return new StoreError(409, 5, "unique constraint violation",
                "UNIQUE violation detected on '" + description + "'", fields);
    }

    static StoreError primaryKey(UUID id) {
        return new StoreError(409, 3, "primary key violation",
                "primary key violation on key '{id=\"" + id + "\"}'", JsonNodeFactory.instance.objectNode().put("id", id.toString()));
    }

    static StoreError missingParent(String field, EntityKind parent, UUID id) {
        var fields = JsonNodeFactory.instance.objectNode();
        fields.putObject(field).put("id", id.toString());
        return new StoreError(400, 4, "foreign key violation", "the foreign key '{id=\"" + id
                + "\"}' does not reference an existing '" + parent.table() + "' entity.", fields);
    }

    static StoreError referencedBy(EntityKind child, EntityKind parent) {
        return new StoreError(400, 4, "foreign key violation", "an existing '" + child.table()
                + "' entity references this '" + parent.table() + "' entity",
                JsonNodeFactory.instance.objectNode().put("@referenced_by", child.table()));
    }

    /** Kong's answer to a write in DB-less mode. */
    public static StoreError declarative(String verb, EntityKind kind) {
        return new StoreError(405, 12, "operation unsupported",
                "cannot " + verb + " '" + kind.table() + "' entities when not using a database", null);
    }
}
