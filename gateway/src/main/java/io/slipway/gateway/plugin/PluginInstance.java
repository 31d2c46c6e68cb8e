package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One configured plugin as the chain builder sees it: Kong's plugin entity with its scope. A null
 * {@code serviceId}, {@code routeId} or {@code consumerId} means "any"; all three null is a global
 * plugin. {@code config} has been through {@link PluginRegistry#validate}, so every field is present.
 */
public record PluginInstance(String id, String name, ObjectNode config, boolean enabled,
                             String serviceId, String routeId, String consumerId) {

    public PluginInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
    }

    /**
     * Kong's plugin precedence: the more specific scope wins (consumer+route+service, consumer+route,
     * consumer+service, route+service, consumer, route, service, global). Higher is more specific.
     */
    public int precedence() {
        boolean c = consumerId != null;
        boolean r = routeId != null;
        boolean s = serviceId != null;
        if (c && r && s) {
            return 8;
        } else if (c && r) {
            return 7;
        } else if (c && s) {
            return 6;
        } else if (r && s) {
            return 5;
        } else if (c) {
            return 4;
        } else if (r) {
            return 3;
        } else if (s) {
            return 2;
        }
        return 1;
    }

    /** Whether this instance applies to requests on the given route and service (service may be null). */
    public boolean appliesTo(String route, String service) {
        return enabled
                && (routeId == null || routeId.equals(route))
                && (serviceId == null || serviceId.equals(service));
    }
}
