package io.slipway.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.admin.PluginCatalog;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.schema.PluginConfigException;
import java.util.List;
import java.util.Optional;

/** The Admin API's view of the plugin registry: Kong's schema-violation errors from the registry's. */
final class RegistryPluginCatalog implements PluginCatalog {

    private final List<String> names = PluginRegistry.names().stream().sorted().toList();

    @Override
    public List<String> available() {
        return names;
    }

    @Override
    public Optional<JsonNode> schema(String name) {
        return PluginRegistry.schema(name).map(JsonNode.class::cast);
    }

    @Override
    public ObjectNode validate(String name, ObjectNode config, boolean form) {
        try {
            return PluginRegistry.validate(name, config);
        } catch (PluginConfigException e) {
            throw violation(e);
        }
    }

    @Override
    public void checkScope(String name, boolean consumerScoped) {
        try {
            PluginRegistry.checkScope(name, consumerScoped);
        } catch (PluginConfigException e) {
            throw violation(e);
        }
    }

    private static SchemaViolation violation(PluginConfigException e) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        e.fieldErrors().forEach((path, message) -> {
            String[] segments = path.split("\\.");
            ObjectNode node = fields;
            for (int i = 0; i < segments.length - 1; i++) {
                node = node.get(segments[i]) instanceof ObjectNode child ? child : node.putObject(segments[i]);
            }
            node.put(segments[segments.length - 1], message);
        });
        return new SchemaViolation(fields);
    }
}
