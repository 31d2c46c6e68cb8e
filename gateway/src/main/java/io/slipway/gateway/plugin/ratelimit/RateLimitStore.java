package io.slipway.gateway.plugin.ratelimit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of the rate-limiting plugin's {@code local} policy: per plugin instance, per
 * identifier, fixed windows in memory on this node. It outlives configuration changes (a change to
 * other entities does not reset anybody's count), so one store serves a node for its lifetime.
 * Memory is bounded: identifiers whose windows have all ended are swept out, at most once a second,
 * when an instance holds more than {@code sweepAbove} of them, and no instance holds more than
 * {@code capacity}. Counting across nodes (Kong's {@code cluster} and {@code redis} policies) is
 * issue #9. Thread-safe and lock-free on the request path.
 */
public final class RateLimitStore {

    /** The counters of one plugin instance. */
    static final class InstanceCounters {
        private final ConcurrentHashMap<Object, WindowCounters> byIdentifier = new ConcurrentHashMap<>();
        private final AtomicLong lastSweep = new AtomicLong();
        private final int capacity;
        private final int sweepAbove;

        InstanceCounters(int capacity, int sweepAbove) {
            this.capacity = capacity;
            this.sweepAbove = sweepAbove;
        }

        /** The counters of {@code identifier}, or null when the instance is full even after a sweep. */
        WindowCounters of(Object identifier, long now) {
            WindowCounters counters = byIdentifier.get(identifier);
            if (counters != null) {
                return counters;
            }
            if (byIdentifier.size() >= sweepAbove) {
                sweep(now);
                if (byIdentifier.size() >= capacity) {
                    return null;
                }
            }
            return byIdentifier.computeIfAbsent(identifier, k -> new WindowCounters());
        }

        int size() {
            return byIdentifier.size();
        }

        private void sweep(long now) {
            long last = lastSweep.get();
            if (now - last >= 1_000 && lastSweep.compareAndSet(last, now)) {
                byIdentifier.values().removeIf(c -> c.expired(now));
            }
        }
    }

    private final ConcurrentHashMap<String, InstanceCounters> byInstance = new ConcurrentHashMap<>();
    private final int capacity;
    private final int sweepAbove;

    public RateLimitStore() {
        this(1_000_000, 100_000);
    }

    public RateLimitStore(int capacity, int sweepAbove) {
        this.capacity = capacity;
        this.sweepAbove = sweepAbove;
    }

    InstanceCounters instance(String pluginId) {
        return byInstance.computeIfAbsent(pluginId, id -> new InstanceCounters(capacity, sweepAbove));
    }

    /** Forgets the counters of plugin instances that no longer exist; called once per configuration. */
    public void retainOnly(Set<String> pluginIds) {
        byInstance.keySet().retainAll(pluginIds);
    }
}
