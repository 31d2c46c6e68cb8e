package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.config.schema.SchemaJson;

/**
 * {@code GET /schemas/{entity}} (the entity's fields, types and defaults in Kong's schema language) and
 * {@code POST /schemas/{entity}/validate} (checks a body as a create would, stores nothing): what decK
 * and CI scripts call to fill defaults and to validate a file against a live node.
 */
final class SchemaEndpoints {

    private final EntityService entities;

    SchemaEndpoints(EntityService entities) {
        this.entities = entities;
    }

    void register(PathRouter router) {
        router.add("GET", "/schemas/{entity}", call -> Reply.json(200, SchemaJson.of(kind(call.param("entity")))));
        router.add("POST", "/schemas/{entity}/validate", call -> {
            entities.validate(kind(call.param("entity")), call.object(), call.form());
            return Reply.json(200, JsonNodeFactory.instance.objectNode().put("message", "schema validation successful"));
        });
    }

    private static EntityKind kind(String name) {
        for (EntityKind kind : EntityKind.values()) {
            if (kind.table().equals(name)) return kind;
        }
        throw ApiError.message(404, "No entity named '" + name + "'");
    }
}
