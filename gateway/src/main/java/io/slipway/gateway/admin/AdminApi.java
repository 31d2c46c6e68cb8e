package io.slipway.gateway.admin;

import io.slipway.gateway.store.ClusterNode;
import io.slipway.gateway.store.ConfigStore;
import io.slipway.gateway.timer.Timers;
import java.util.function.Supplier;

/** Every path of the Admin API, gathered from the endpoint classes into one router. */
public final class AdminApi {

    private final PathRouter router = new PathRouter();

    /**
     * The API of one node: {@code timers} are the node's background tasks ({@code GET /timers}),
     * {@code self} is how the node reports itself now ({@code GET /clustering/status}).
     */
    public AdminApi(ConfigStore store, PluginCatalog plugins, Supplier<ProxyStatus> proxy, NodeInfo node, Timers timers,
                    Supplier<ClusterNode> self) {
        var entities = new EntityService(store, plugins);
        new StatusEndpoints(store, proxy, plugins, node, entities, timers).register(router);
        new TimersEndpoint(timers).register(router);
        new ClusteringEndpoints(store, self).register(router);
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
