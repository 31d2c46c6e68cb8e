package io.slipway.gateway.plugin;

import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.plugin.schema.PluginSchema;

/**
 * One bundled plugin: its name, Kong's priority (higher runs first), its schema, whether it may be
 * scoped to a consumer (Kong forbids it for authentication, acl, cors and prometheus), and how its
 * filter is built from an instance; a null filter means the plugin adds nothing to the request path.
 */
record PluginType(String name, int priority, PluginSchema schema, boolean consumerScopable, Factory factory) {

    @FunctionalInterface
    interface Factory {
        Filter create(PluginInstance instance, PluginContext context);
    }
}
