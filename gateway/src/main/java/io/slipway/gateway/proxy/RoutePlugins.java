package io.slipway.gateway.proxy;

import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.metrics.MetricsFlags;
import java.util.List;

/** The plugins of a route, in the order they run (the proxy call is appended after them). */
@FunctionalInterface
public interface RoutePlugins {

    RoutePlugins NONE = (config, route, service) -> List.of();

    /** @param service the route's service, or null */
    List<Filter> filtersFor(GatewayConfig config, Route route, Service service);

    /**
     * The metric families shown for a route (the prometheus plugin's flags), or with both null, for the
     * node-wide families (unmatched requests, upstream health). By default everything.
     */
    default MetricsFlags metricsFor(GatewayConfig config, Route route, Service service) {
        return MetricsFlags.ALL;
    }
}
