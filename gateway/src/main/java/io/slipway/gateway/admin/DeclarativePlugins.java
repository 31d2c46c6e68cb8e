package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.store.declarative.DeclarativeError;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the plugins of a declarative file with the {@link PluginCatalog}, as the entity endpoints
 * do, and fills their defaults; used by {@code POST /config} and by DB-less start-up.
 */
public final class DeclarativePlugins {

    private DeclarativePlugins() {}

    public static List<Entity> check(List<Entity> entities, PluginCatalog plugins) {
        var out = new ArrayList<Entity>();
        var problems = new ArrayList<String>();
        var pluginErrors = JsonNodeFactory.instance.arrayNode();
        for (Entity entity : entities) {
            if (!(entity instanceof Plugin plugin)) {
                out.add(entity);
                continue;
            }
            if (!plugins.available().contains(plugin.name())) {
                String problem = "plugin '" + plugin.name() + "' not enabled; add it to the 'plugins' configuration property";
                problems.add("plugins (" + plugin.name() + "): " + problem);
                pluginErrors.addObject().put("name", problem);
                continue;
            }
            try {
                plugins.checkScope(plugin.name(), plugin.consumer() != null);
            } catch (SchemaViolation violation) {
                problems.add("plugins (" + plugin.name() + "): " + violation.getMessage());
                pluginErrors.add(violation.fields());
                continue;
            }
            try {
                var config = plugins.validate(plugin.name(), plugin.config(), false);
                out.add(new Plugin(plugin.id(), plugin.name(), plugin.instanceName(), config, plugin.enabled(),
                        plugin.service(), plugin.route(), plugin.consumer(), plugin.consumerGroup(), plugin.protocols(), plugin.tags(),
                        plugin.createdAt(), plugin.updatedAt()));
            } catch (SchemaViolation violation) {
                problems.add("plugins (" + plugin.name() + "): " + violation.getMessage());
                pluginErrors.addObject().set("config", violation.fields());
            }
        }
        if (!problems.isEmpty()) {
            var fields = JsonNodeFactory.instance.objectNode();
            fields.set("plugins", pluginErrors);
            throw DeclarativeError.of(fields, problems);
        }
        return out;
    }
}
