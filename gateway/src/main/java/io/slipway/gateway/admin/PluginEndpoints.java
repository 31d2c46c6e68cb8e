package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code /plugins/enabled}, {@code /plugins/schema/{name}} and {@code /schemas/plugins/{name}}. */
final class PluginEndpoints {

    private final PluginCatalog plugins;

    PluginEndpoints(PluginCatalog plugins) {
        this.plugins = plugins;
    }

    void register(PathRouter router) {
        router.add("GET", "/plugins/enabled", call -> {
            var body = JsonNodeFactory.instance.objectNode();
            var names = body.putArray("enabled_plugins");
            plugins.available().forEach(names::add);
            return Reply.json(200, body);
        });
        router.add("GET", "/plugins/schema/{name}", call -> schema(call.param("name")));
        router.add("GET", "/schemas/plugins/{name}", call -> schema(call.param("name")));
    }

    private Reply schema(String name) {
        return plugins.schema(name)
                .map(schema -> Reply.json(200, schema))
                .orElseThrow(() -> ApiError.message(404, "No plugin named '" + name + "'"));
    }
}
