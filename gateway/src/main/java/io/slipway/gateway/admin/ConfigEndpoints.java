package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.store.ConfigStore;
import io.slipway.gateway.store.declarative.DeclarativeError;
import io.slipway.gateway.store.declarative.DeclarativeReader;
import io.slipway.gateway.store.declarative.DeclarativeWriter;
import java.util.List;

/**
 * {@code GET /config} exports the configuration in Kong's declarative format ({@code {"config": "<yaml>"}}
 * as Kong answers, or the bare document with {@code ?format=yaml|json}); {@code POST /config} replaces
 * everything with a declarative file given as the {@code config} form or JSON field, as a JSON document
 * or as a YAML body. Nothing changes unless the whole file is valid.
 */
final class ConfigEndpoints {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ConfigStore store;
    private final PluginCatalog plugins;

    ConfigEndpoints(ConfigStore store, PluginCatalog plugins) {
        this.store = store;
        this.plugins = plugins;
    }

    void register(PathRouter router) {
        router.add("GET", "/config", this::export);
        router.add("POST", "/config", this::replace);
    }

    private Reply export(ApiCall call) {
        var config = store.current();
        String format = call.queryParam("format");
        if ("json".equals(format)) {
            return Reply.json(200, DeclarativeWriter.toJson(config));
        }
        if ("yaml".equals(format)) {
            return Reply.text(200, "application/x-yaml; charset=utf-8", DeclarativeWriter.toYaml(config));
        }
        return Reply.json(200, JSON.objectNode().put("config", DeclarativeWriter.toYaml(config)));
    }

    private Reply replace(ApiCall call) {
        List<Entity> entities;
        try {
            entities = DeclarativePlugins.check(read(call), plugins);
        } catch (DeclarativeError e) {
            var body = JSON.objectNode()
                    .put("message", e.getMessage())
                    .put("name", "invalid declarative configuration")
                    .put("code", 14);
            body.set("fields", e.fields());
            var flattened = body.putArray("flattened_errors");
            e.problems().forEach(flattened::add);
            return Reply.json(400, body);
        }
        if (isTrue(call.queryParam("check_hash")) && GatewayConfig.of(entities).hash().equals(store.current().hash())) {
            return Reply.json(304, JSON.objectNode());
        }
        var config = store.replaceAll(entities);
        var body = JSON.objectNode();
        for (EntityKind kind : EntityKind.values()) {
            var byId = body.putObject(kind.table());
            config.all().stream().filter(kind.type()::isInstance)
                    .forEach(e -> byId.set(e.id().toString(), Paging.view(e)));
        }
        body.put("configuration_hash", config.hash());
        return Reply.json(201, body);
    }

    private static List<Entity> read(ApiCall call) {
        JsonNode body = call.body();
        if (body instanceof ObjectNode object && object.get("config") != null && !object.has("_format_version")) {
            var config = object.get("config");
            return config.isTextual() ? DeclarativeReader.read(config.asText()) : DeclarativeReader.read(config);
        }
        if (body instanceof ObjectNode object) {
            return DeclarativeReader.read(object);
        }
        if (call.rawBody() == null || call.rawBody().isBlank()) {
            throw ApiError.badRequest("expected a declarative configuration");
        }
        return DeclarativeReader.read(call.rawBody());
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
