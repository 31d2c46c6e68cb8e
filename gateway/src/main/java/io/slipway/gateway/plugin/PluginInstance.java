package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One configured plugin as the chain builder sees it: Kong's plugin entity with its scope. A null
 * {@code serviceId}, {@code routeId}, {@code consumerId} or {@code consumerGroupId} means "any"; all
 * null is a global plugin. A consumer-group instance applies to the group's members. {@code config} has been through {@link PluginRegistry#validate}, so every field is present.
 */
public record PluginInstance(String id, String name, ObjectNode config, boolean enabled,
                             String serviceId, String routeId, String consumerId, String consumerGroupId) {

    public PluginInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
    }

    /** An instance not scoped to a consumer group. */
    public PluginInstance(String id, String name, ObjectNode config, boolean enabled,
                          String serviceId, String routeId, String consumerId) {
        this(id, name, config, enabled, serviceId, routeId, consumerId, null);
    }

    /**
     * Kong's plugin precedence: the more specific scope wins (consumer+route+service, consumer group+
     * route+service, consumer+route, consumer+service, consumer group+route, consumer group+service,
     * route+service, consumer, consumer group, route, service, global). Higher is more specific.
     */
    public int precedence() {
        boolean c = consumerId != null;
        boolean g = !c && consumerGroupId != null;
        boolean r = routeId != null;
        boolean s = serviceId != null;
        if (c && r && s) return 12;
        if (g && r && s) return 11;
        if (c && r) return 10;
        if (c && s) return 9;
        if (g && r) return 8;
        if (g && s) return 7;
        if (r && s) return 6;
        if (c) return 5;
        if (g) return 4;
        if (r) return 3;
        if (s) return 2;
        return 1;
    }

    /** Whether a consumer or a consumer group scopes this instance (it then applies to some consumers only). */
    public boolean consumerScoped() {
        return consumerId != null || consumerGroupId != null;
    }

    /** Whether this instance applies to requests on the given route and service (service may be null). */
    public boolean appliesTo(String route, String service) {
        return enabled
                && (routeId == null || routeId.equals(route))
                && (serviceId == null || serviceId.equals(service));
    }
}
