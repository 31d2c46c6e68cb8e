package io.slipway.gateway.proxy.balance;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The upstreams of the node by name, kept across configuration changes so that target health and
 * balancer positions survive a routing-table swap. Upstreams no longer configured are dropped by
 * {@link #retainOnly}.
 */
public final class UpstreamRegistry {

    private final Map<String, UpstreamRuntime> byName = new ConcurrentHashMap<>();

    public UpstreamRuntime obtain(UpstreamSettings settings) {
        return byName.computeIfAbsent(settings.name(), n -> new UpstreamRuntime(n, settings));
    }

    public UpstreamRuntime get(String name) {
        return byName.get(name);
    }

    public void retainOnly(Set<String> names) {
        byName.keySet().retainAll(names);
    }

    public Collection<UpstreamRuntime> all() {
        return byName.values();
    }
}
