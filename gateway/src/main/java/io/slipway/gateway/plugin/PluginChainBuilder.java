package io.slipway.gateway.plugin;

import io.slipway.gateway.config.AclGroup;
import io.slipway.gateway.config.BasicAuthCredential;
import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.ConsumerGroupMember;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.JwtCredential;
import io.slipway.gateway.config.KeyAuthCredential;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.metrics.MetricsFlags;
import io.slipway.gateway.plugin.ratelimit.RateLimitStore;
import io.slipway.gateway.plugin.schema.PluginConfigException;
import io.slipway.gateway.proxy.RoutePlugins;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds each route's plugin filters for the proxy: one per node, given to
 * {@code ProxyServer.plugins(...)}. For a new {@link GatewayConfig} it compiles the consumers and
 * every plugin instance once ({@link #compile}), then answers {@link #filtersFor} per route from
 * that. It owns the node's rate-limit counters, which outlive configuration changes.
 * <p>
 * A stored plugin whose configuration no longer validates, or whose name is unknown, makes the
 * compilation fail with {@link IllegalArgumentException} naming the plugin: the proxy then keeps
 * serving the previous configuration rather than run without, say, an authentication plugin.
 * Thread-safe; compilation is serialized.
 */
public final class PluginChainBuilder implements RoutePlugins {

    private record Compiled(GatewayConfig config, ConfiguredPlugins plugins) {}

    private final RateLimitStore rateLimits;
    private volatile Compiled last;

    public PluginChainBuilder() {
        this(new RateLimitStore());
    }

    public PluginChainBuilder(RateLimitStore rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public List<Filter> filtersFor(GatewayConfig config, Route route, Service service) {
        return compile(config).filtersFor(route.id().toString(), service == null ? null : service.id().toString());
    }

    @Override
    public MetricsFlags metricsFor(GatewayConfig config, Route route, Service service) {
        ConfiguredPlugins plugins = compile(config);
        if (!plugins.hasPrometheus()) {
            return MetricsFlags.ALL;
        }
        return plugins.prometheus(route == null ? null : route.id().toString(),
                        service == null ? null : service.id().toString())
                .map(PrometheusSettings::flags)
                .orElse(MetricsFlags.NONE);
    }

    /** The compiled plugins of {@code config}; compiled once per configuration snapshot. */
    public synchronized ConfiguredPlugins compile(GatewayConfig config) {
        Compiled current = last;
        if (current != null && current.config() == config) {
            return current.plugins();
        }
        List<PluginInstance> instances = instances(config);
        rateLimits.retainOnly(instances.stream().map(PluginInstance::id).collect(Collectors.toSet()));
        ConfiguredPlugins plugins = new ConfiguredPlugins(instances, consumers(config), rateLimits, groups(config));
        last = new Compiled(config, plugins);
        return plugins;
    }

    /** The enabled HTTP plugins of {@code config}, validated again and with defaults filled in. */
    static List<PluginInstance> instances(GatewayConfig config) {
        List<PluginInstance> out = new ArrayList<>();
        for (Plugin plugin : config.plugins()) {
            if (!plugin.enabled() || !servesHttp(plugin.protocols())) {
                continue;
            }
            try {
                out.add(new PluginInstance(plugin.id().toString(), plugin.name(),
                        PluginRegistry.validate(plugin.name(), plugin.config()), true,
                        text(plugin.serviceId()), text(plugin.routeId()), text(plugin.consumerId()),
                        text(plugin.consumerGroupId())));
            } catch (PluginConfigException e) {
                throw new IllegalArgumentException("plugin " + plugin.id() + " (" + plugin.name() + "): "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The consumer index of {@code config}: consumers, key-auth, jwt and basic-auth credentials, ACL groups. */
    public static ConsumerIndex consumers(GatewayConfig config) {
        ConsumerIndex.Builder builder = ConsumerIndex.builder();
        for (Consumer c : config.consumers()) {
            builder.consumer(c.id().toString(), c.username(), c.customId());
        }
        for (KeyAuthCredential k : config.keyAuthCredentials()) {
            builder.keyAuth(k.id().toString(), k.consumerId().toString(), k.key());
        }
        for (JwtCredential j : config.jwtCredentials()) {
            builder.jwt(new ConsumerIndex.JwtSecret(j.id().toString(), j.consumerId().toString(), j.key(),
                    j.secret(), j.algorithm(), j.rsaPublicKey()));
        }
        for (BasicAuthCredential b : config.basicAuthCredentials()) {
            builder.basicAuth(new ConsumerIndex.BasicCredential(b.id().toString(), b.consumerId().toString(),
                    b.username(), b.password()));
        }
        for (AclGroup g : config.aclGroups()) {
            builder.aclGroup(g.consumerId().toString(), g.group());
        }
        for (ConsumerGroupMember m : config.consumerGroupMembers()) {
            config.find(m.consumerGroupId(), io.slipway.gateway.config.ConsumerGroup.class)
                    .ifPresent(g -> builder.consumerGroup(m.consumerId().toString(), g.name()));
        }
        return builder.build();
    }

    /** Each consumer group's members: group id to consumer ids, in configuration order. */
    static Map<String, List<String>> groups(GatewayConfig config) {
        Map<String, List<String>> members = new HashMap<>();
        for (ConsumerGroupMember m : config.consumerGroupMembers()) {
            members.computeIfAbsent(m.consumerGroupId().toString(), k -> new ArrayList<>()).add(m.consumerId().toString());
        }
        return members;
    }

    private static boolean servesHttp(List<String> protocols) {
        return protocols == null || protocols.isEmpty() || Set.copyOf(protocols).contains("http")
                || Set.copyOf(protocols).contains("https");
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
