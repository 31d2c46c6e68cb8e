package io.slipway.gateway.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One immutable snapshot of the whole configuration, built once per change and then shared by every
 * thread without locking: the proxy serves exactly one snapshot at a time and replaces it whole.
 * Lists keep the order the store gave; the lookups are hash maps built at construction.
 * {@link #hash()} is the {@code configuration_hash} reported by {@code /status}.
 */
public final class GatewayConfig {

    public static final GatewayConfig EMPTY = of(List.of());

    private final List<Service> services;
    private final List<Route> routes;
    private final List<Upstream> upstreams;
    private final List<Target> targets;
    private final List<Consumer> consumers;
    private final List<KeyAuthCredential> keyAuthCredentials;
    private final List<JwtCredential> jwtCredentials;
    private final List<BasicAuthCredential> basicAuthCredentials;
    private final List<AclGroup> aclGroups;
    private final List<Plugin> plugins;
    private final List<Certificate> certificates;
    private final List<Sni> snis;
    private final List<ConsumerGroup> consumerGroups;
    private final List<ConsumerGroupMember> consumerGroupMembers;
    private final Map<UUID, Entity> byId;
    private final Map<String, Service> servicesByName;
    private final Map<String, Upstream> upstreamsByName;
    private final Map<UUID, List<Target>> targetsByUpstream;
    private final Map<UUID, List<Route>> routesByService;
    private final Map<String, Consumer> consumersByUsername;
    private final Map<String, Consumer> consumersByCustomId;
    private final Map<String, KeyAuthCredential> keyAuthByKey;
    private final Map<String, JwtCredential> jwtByKey;
    private final Map<String, BasicAuthCredential> basicAuthByUsername;
    private final Map<UUID, List<String>> aclGroupsByConsumer;
    private final String hash;

    private GatewayConfig(Collection<? extends Entity> entities) {
        var sorted = new EntitiesByKind(entities);
        services = List.copyOf(sorted.services);
        routes = List.copyOf(sorted.routes);
        upstreams = List.copyOf(sorted.upstreams);
        targets = List.copyOf(sorted.targets);
        consumers = List.copyOf(sorted.consumers);
        keyAuthCredentials = List.copyOf(sorted.keyAuths);
        jwtCredentials = List.copyOf(sorted.jwts);
        basicAuthCredentials = List.copyOf(sorted.basicAuths);
        aclGroups = List.copyOf(sorted.acls);
        plugins = List.copyOf(sorted.plugins);
        certificates = List.copyOf(sorted.certificates);
        snis = List.copyOf(sorted.snis);
        consumerGroups = List.copyOf(sorted.consumerGroups);
        consumerGroupMembers = List.copyOf(sorted.consumerGroupMembers);
        var ids = new HashMap<UUID, Entity>();
        entities.forEach(e -> ids.put(e.id(), e));
        byId = Map.copyOf(ids);
        servicesByName = index(services, Service::name);
        upstreamsByName = index(upstreams, Upstream::name);
        targetsByUpstream = group(targets, Target::upstreamId, Function.identity());
        routesByService = group(routes, Route::serviceId, Function.identity());
        consumersByUsername = index(consumers, Consumer::username);
        consumersByCustomId = index(consumers, Consumer::customId);
        keyAuthByKey = index(keyAuthCredentials, KeyAuthCredential::key);
        jwtByKey = index(jwtCredentials, JwtCredential::key);
        basicAuthByUsername = index(basicAuthCredentials, BasicAuthCredential::username);
        aclGroupsByConsumer = group(aclGroups, AclGroup::consumerId, AclGroup::group);
        var hashed = new ArrayList<List<? extends Entity>>(List.of(services, routes, upstreams, targets, consumers,
                keyAuthCredentials, jwtCredentials, basicAuthCredentials, aclGroups, plugins));
        if (!certificates.isEmpty() || !snis.isEmpty()) {   // so configurations without them hash as before
            hashed.add(certificates);
            hashed.add(snis);
        }
        if (!consumerGroups.isEmpty()) {
            hashed.add(consumerGroups);
            hashed.add(consumerGroupMembers);
        }
        hash = ConfigHash.of(hashed);
    }

    /** A snapshot of the given entities, of any kinds, in the given order. */
    public static GatewayConfig of(Collection<? extends Entity> entities) {
        return new GatewayConfig(entities);
    }

    public List<Service> services() { return services; }
    public List<Route> routes() { return routes; }
    public List<Upstream> upstreams() { return upstreams; }
    public List<Target> targets() { return targets; }
    public List<Consumer> consumers() { return consumers; }
    public List<KeyAuthCredential> keyAuthCredentials() { return keyAuthCredentials; }
    public List<JwtCredential> jwtCredentials() { return jwtCredentials; }
    public List<BasicAuthCredential> basicAuthCredentials() { return basicAuthCredentials; }
    public List<AclGroup> aclGroups() { return aclGroups; }
    public List<Plugin> plugins() { return plugins; }
    public List<Certificate> certificates() { return certificates; }
    public List<Sni> snis() { return snis; }
    public List<ConsumerGroup> consumerGroups() { return consumerGroups; }
    public List<ConsumerGroupMember> consumerGroupMembers() { return consumerGroupMembers; }

    /** Every entity, kinds in dependency order (parents before children). */
    public List<Entity> all() {
        var all = new ArrayList<Entity>();
        all.addAll(services);
        all.addAll(upstreams);
        all.addAll(consumers);
        all.addAll(consumerGroups);
        all.addAll(routes);
        all.addAll(targets);
        all.addAll(keyAuthCredentials);
        all.addAll(jwtCredentials);
        all.addAll(basicAuthCredentials);
        all.addAll(aclGroups);
        all.addAll(consumerGroupMembers);
        all.addAll(plugins);
        all.addAll(certificates);
        all.addAll(snis);
        return all;
    }

    /** The configuration_hash: 32 hex characters, stable for equal configurations. */
    public String hash() { return hash; }

    public <T extends Entity> Optional<T> find(UUID id, Class<T> type) {
        var entity = byId.get(id);
        return type.isInstance(entity) ? Optional.of(type.cast(entity)) : Optional.empty();
    }

    public Optional<Service> service(UUID id) { return find(id, Service.class); }
    public Optional<Service> serviceByName(String name) { return Optional.ofNullable(servicesByName.get(name)); }
    public Optional<Route> route(UUID id) { return find(id, Route.class); }
    public List<Route> routesOf(UUID serviceId) { return routesByService.getOrDefault(serviceId, List.of()); }
    public Optional<Upstream> upstream(UUID id) { return find(id, Upstream.class); }
    public Optional<Upstream> upstreamByName(String name) { return Optional.ofNullable(upstreamsByName.get(name)); }
    public List<Target> targetsOf(UUID upstreamId) { return targetsByUpstream.getOrDefault(upstreamId, List.of()); }
    public Optional<Consumer> consumer(UUID id) { return find(id, Consumer.class); }
    public Optional<Consumer> consumerByUsername(String username) { return Optional.ofNullable(consumersByUsername.get(username)); }
    public Optional<Consumer> consumerByCustomId(String customId) { return Optional.ofNullable(consumersByCustomId.get(customId)); }
    public Optional<KeyAuthCredential> keyAuthByKey(String key) { return Optional.ofNullable(keyAuthByKey.get(key)); }
    public Optional<JwtCredential> jwtByKey(String key) { return Optional.ofNullable(jwtByKey.get(key)); }
    public Optional<BasicAuthCredential> basicAuthByUsername(String username) { return Optional.ofNullable(basicAuthByUsername.get(username)); }
    /** The ACL group names of a consumer, empty when none. */
    public List<String> aclGroupsOf(UUID consumerId) { return aclGroupsByConsumer.getOrDefault(consumerId, List.of()); }
    public Optional<Plugin> plugin(UUID id) { return find(id, Plugin.class); }

    private static <T, K> Map<K, T> index(List<T> items, Function<T, K> key) {
        var map = new HashMap<K, T>();
        for (T item : items) {
            K k = key.apply(item);
            if (k != null) {
                map.put(k, item);
            }
        }
        return Map.copyOf(map);
    }

    private static <T, K, V> Map<K, List<V>> group(List<T> items, Function<T, K> key, Function<T, V> value) {
        var map = new LinkedHashMap<K, List<V>>();
        for (T item : items) {
            K k = key.apply(item);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(value.apply(item));
            }
        }
        var copy = new HashMap<K, List<V>>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    @Override
    public String toString() {
        return "GatewayConfig[hash=" + hash + ", services=" + services.size() + ", routes=" + routes.size()
                + ", upstreams=" + upstreams.size() + ", plugins=" + plugins.size() + "]";
    }
}
