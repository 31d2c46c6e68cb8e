package io.slipway.gateway.plugin;

import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.plugin.ratelimit.RateLimitStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugins of one configuration, compiled: each instance's filter is built once and shared by
 * every route it applies to. Instances are grouped by route and service, so building a route's
 * chain looks only at the instances that can apply to it. {@link #filtersFor} resolves, for one route, which instance of each
 * plugin applies by Kong's precedence ({@link PluginInstance#precedence()}; instances scoped to a
 * consumer or to a consumer group, which stands for each of its members, through a
 * {@link ConsumerScopedFilter}) and orders the filters by priority.
 */
public final class ConfiguredPlugins {

    private final List<PluginInstance> instances;
    private final List<PluginInstance> unscoped;
    private final Map<String, List<PluginInstance>> byRoute;
    private final Map<String, List<PluginInstance>> byService;
    private final PluginContext context;
    private final Map<String, Filter> filters = new ConcurrentHashMap<>();
    private final Map<String, List<String>> membersByGroup;

    ConfiguredPlugins(List<PluginInstance> instances, ConsumerIndex consumers, RateLimitStore rateLimits) {
        this(instances, consumers, rateLimits, Map.of());
    }

    /** {@code membersByGroup}: consumer group id to the ids of its consumers. */
    ConfiguredPlugins(List<PluginInstance> instances, ConsumerIndex consumers, RateLimitStore rateLimits,
                      Map<String, List<String>> membersByGroup) {
        this.membersByGroup = Map.copyOf(membersByGroup);
        this.instances = List.copyOf(instances);
        List<PluginInstance> none = new ArrayList<>();
        Map<String, List<PluginInstance>> routes = new HashMap<>();
        Map<String, List<PluginInstance>> services = new HashMap<>();
        for (PluginInstance i : this.instances) {
            if (i.routeId() != null) {
                routes.computeIfAbsent(i.routeId(), k -> new ArrayList<>()).add(i);
            } else if (i.serviceId() != null) {
                services.computeIfAbsent(i.serviceId(), k -> new ArrayList<>()).add(i);
            } else {
                none.add(i);
            }
        }
        this.unscoped = List.copyOf(none);
        this.byRoute = Map.copyOf(routes);
        this.byService = Map.copyOf(services);
        this.context = new PluginContext(consumers, rateLimits);
    }

    /** The filters for requests on {@code routeId} of {@code serviceId} (null for none), in the order they run. */
    public List<Filter> filtersFor(String routeId, String serviceId) {
        Map<String, List<PluginInstance>> byName = new LinkedHashMap<>();
        List<List<PluginInstance>> candidates = List.of(unscoped,
                routeId == null ? List.of() : byRoute.getOrDefault(routeId, List.of()),
                serviceId == null ? List.of() : byService.getOrDefault(serviceId, List.of()));
        for (List<PluginInstance> group : candidates) {
            for (PluginInstance instance : group) {
                if (instance.appliesTo(routeId, serviceId)) {
                    byName.computeIfAbsent(instance.name(), k -> new ArrayList<>()).add(instance);
                }
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingInt((String n) -> -PluginRegistry.priority(n)).thenComparing(n -> n));
        List<Filter> chain = new ArrayList<>();
        for (String name : names) {
            Filter filter = resolve(name, byName.get(name));
            if (filter != null) {
                chain.add(filter);
            }
        }
        return List.copyOf(chain);
    }

    /** Whether any prometheus plugin is configured (then it decides what {@code /metrics} shows). */
    public boolean hasPrometheus() {
        return instances.stream().anyMatch(i -> i.name().equals("prometheus"));
    }

    /** The prometheus plugin's flags that apply to a route (null ids: the global instance), if any. */
    public Optional<PrometheusSettings> prometheus(String routeId, String serviceId) {
        return instances.stream()
                .filter(i -> i.name().equals("prometheus") && !i.consumerScoped())
                .filter(i -> routeId == null && serviceId == null ? i.routeId() == null && i.serviceId() == null
                        : i.appliesTo(routeId, serviceId))
                .max(Comparator.comparingInt(PluginInstance::precedence))
                .map(i -> PrometheusSettings.of(i.config()));
    }

    private Filter resolve(String name, List<PluginInstance> candidates) {
        PluginInstance general = null;
        Map<String, PluginInstance> perConsumer = new HashMap<>();
        for (PluginInstance candidate : candidates) {
            if (!candidate.consumerScoped()) {
                if (general == null || candidate.precedence() > general.precedence()) {
                    general = candidate;
                }
            } else {
                List<String> consumers = candidate.consumerId() != null ? List.of(candidate.consumerId())
                        : membersByGroup.getOrDefault(candidate.consumerGroupId(), List.of());
                for (String consumer : consumers) {
                    perConsumer.merge(consumer, candidate, (a, b) -> a.precedence() >= b.precedence() ? a : b);
                }
            }
        }
        Filter fallback = general == null ? null : filter(general);
        if (perConsumer.isEmpty()) {
            return fallback;
        }
        Map<String, Filter> byConsumer = new HashMap<>();
        for (Map.Entry<String, PluginInstance> e : perConsumer.entrySet()) {
            PluginInstance winner = general != null && general.precedence() > e.getValue().precedence()
                    ? general : e.getValue();
            Filter f = filter(winner);
            if (f != null) {
                byConsumer.put(e.getKey(), f);
            }
        }
        return byConsumer.isEmpty() && fallback == null ? null : new ConsumerScopedFilter(name, fallback, byConsumer);
    }

    private Filter filter(PluginInstance instance) {
        Filter cached = filters.get(instance.id());
        if (cached != null) {
            return cached;
        }
        Filter built = PluginRegistry.type(instance.name()).factory().create(instance, context);
        if (built != null) {
            filters.put(instance.id(), built);
        }
        return built;
    }
}
