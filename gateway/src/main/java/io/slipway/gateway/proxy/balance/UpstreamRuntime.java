package io.slipway.gateway.proxy.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One upstream at run time: its settings, its targets with their health, and the balancer over them.
 * Lives across routing-table swaps (keyed by upstream name in {@link UpstreamRegistry}); targets that
 * stay configured keep their health. Updates are rare and serialised; picks read volatile snapshots.
 */
public final class UpstreamRuntime {

    private final String name;
    private volatile UpstreamSettings settings;
    private volatile List<TargetState> targets = List.of();
    private volatile Balancer balancer = Balancer.of(Algorithm.ROUND_ROBIN, List.of());
    private volatile boolean targetsFromConsul;

    UpstreamRuntime(String name, UpstreamSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    public String name() { return name; }
    public UpstreamSettings settings() { return settings; }
    public List<TargetState> targets() { return targets; }

    /** Applies configured settings and targets (ignored for targets while Consul drives them). */
    public synchronized void configure(UpstreamSettings newSettings, List<TargetSpec> configured, boolean consulDriven) {
        boolean algorithmChanged = settings.algorithm() != newSettings.algorithm();
        settings = newSettings;
        targetsFromConsul = consulDriven;
        if (!consulDriven) {
            replaceTargets(configured);
        } else if (algorithmChanged) {
            balancer = Balancer.of(newSettings.algorithm(), targets);
        }
    }

    /** Replaces the targets with what Consul reports healthy. */
    public synchronized void consulTargets(List<TargetSpec> instances) {
        if (targetsFromConsul) {
            replaceTargets(instances);
        }
    }

    private void replaceTargets(List<TargetSpec> specs) {
        Map<String, TargetState> old = new HashMap<>();
        targets.forEach(t -> old.put(t.name(), t));
        Map<String, TargetState> next = new LinkedHashMap<>();
        for (TargetSpec spec : specs) {       // Kong: the last entry for an address wins
            TargetState state = old.get(spec.name());
            if (state == null) {
                state = new TargetState(spec.host(), spec.port(), spec.weight());
            } else {
                state.weight(spec.weight());
            }
            next.put(spec.name(), state);
        }
        targets = List.copyOf(next.values());
        balancer = Balancer.of(settings.algorithm(), targets);
    }

    public TargetState pick(int hash, Set<TargetState> tried) {
        return balancer.pick(hash, tried);
    }

    public List<TargetHealth> health() {
        boolean on = settings.healthchecksOn();
        List<TargetHealth> views = new ArrayList<>();
        targets.forEach(t -> views.add(t.view(on)));
        return views;
    }
}
