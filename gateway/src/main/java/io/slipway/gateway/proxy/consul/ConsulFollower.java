package io.slipway.gateway.proxy.consul;

import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.Upstream;
import io.slipway.gateway.proxy.balance.UpstreamRegistry;
import io.slipway.gateway.timer.Timers;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one {@link ServiceWatch} per upstream that names a Consul service, starting and stopping
 * watches as configurations change. The Consul client is created on first use, so a node without
 * such upstreams never talks to Consul. Each watch is the timer {@code consul-watch:<upstream>}: a run
 * per blocking query, which is RUNNING while Consul holds the query open.
 */
public final class ConsulFollower implements AutoCloseable {

    private static final String PREFIX = "consul-watch:";

    private final String consulUrl;
    private final UpstreamRegistry upstreams;
    private final Timers timers;
    private final Map<String, ServiceWatch> watches = new HashMap<>();

    public ConsulFollower(String consulUrl, UpstreamRegistry upstreams, Timers timers) {
        this.consulUrl = consulUrl;
        this.upstreams = upstreams;
        this.timers = timers;
    }

    public synchronized void follow(GatewayConfig config) {
        Map<String, String> wanted = new HashMap<>();
        for (Upstream u : config.upstreams()) {
            if (u.consulService() != null && !u.consulService().isBlank()) {
                wanted.put(u.name(), u.consulService());
            }
        }
        watches.entrySet().removeIf(e -> {
            boolean stale = !e.getValue().service().equals(wanted.get(e.getKey()));
            if (stale) {
                e.getValue().close();
                timers.remove(PREFIX + e.getKey());
            }
            return stale;
        });
        wanted.forEach((upstream, service) -> watches.computeIfAbsent(upstream,
                u -> ServiceWatch.start(consulUrl, service, timers.register(PREFIX + u, "follows the passing instances "
                        + "of Consul service '" + service + "' with blocking queries (up to 30 s each) for upstream " + u,
                        ServiceWatch.class, 0), instances -> {
                    var runtime = upstreams.get(u);
                    if (runtime != null) runtime.consulTargets(instances);
                })));
    }

    @Override
    public synchronized void close() {
        watches.values().forEach(ServiceWatch::close);
        watches.keySet().forEach(u -> timers.remove(PREFIX + u));
        watches.clear();
    }
}
