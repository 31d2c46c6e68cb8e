package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.admin.PluginCatalog;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.plugin.schema.PluginConfigException;
import java.util.List;
import java.util.Optional;

/**
 * The Admin API's view of the {@link PluginRegistry}: the plugin names, their schemas, and
 * validation whose errors become the Admin API's {@link SchemaViolation}, relative to {@code config}.
 * Form values may give numbers and booleans as text and lists as one comma-separated value.
 */
public final class PluginRegistryCatalog implements PluginCatalog {

    private static final List<String> SORTED = PluginRegistry.names().stream().sorted().toList();

    @Override
    public List<String> available() {
        return SORTED;
    }

    @Override
    public Optional<JsonNode> schema(String name) {
        return PluginRegistry.schema(name).map(JsonNode.class::cast);
    }

    @Override
    public ObjectNode validate(String name, ObjectNode config, boolean form) {
        try {
            return PluginRegistry.validate(name, config, form);
        } catch (PluginConfigException e) {
            throw new SchemaViolation(e.configFields());
        }
    }

    @Override
    public void checkScope(String name, boolean consumerScoped) {
        try {
            PluginRegistry.checkScope(name, consumerScoped);
        } catch (PluginConfigException e) {
            var fields = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            e.fieldErrors().forEach(fields::put);
            throw new SchemaViolation(fields);
        }
    }
}
