package io.slipway.gateway.admin;

import io.slipway.gateway.store.ConfigStore;
import java.util.function.Supplier;

/** Every path of the Admin API, gathered from the endpoint classes into one router. */
public final class AdminApi {

    private final PathRouter router = new PathRouter();

    public AdminApi(ConfigStore store, PluginCatalog plugins, Supplier<ProxyStatus> proxy, NodeInfo node) {
        var entities = new EntityService(store, plugins);
        new StatusEndpoints(store, proxy, plugins, node, entities).register(router);
        new PluginEndpoints(plugins).register(router);
        new ConsumerGroupEndpoints(new ConsumerGroupMembers(store, entities), entities).register(router);
        new EntityEndpoints(entities).register(router);
        new ConfigEndpoints(store, plugins).register(router);
        new SchemaEndpoints(entities).register(router);
        new TagsEndpoints(store).register(router);
        UnsupportedCollections.register(router);
    }

    PathRouter router() {
        return router;
    }
}
