package io.slipway.gateway.proxy.balance;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Picks the usable target with the fewest requests in flight relative to its weight; ties rotate so
 * that idle targets share the load.
 */
public final class LeastConnectionsBalancer implements Balancer {

    private final TargetState[] targets;
    private final AtomicInteger rotation = new AtomicInteger();

    LeastConnectionsBalancer(List<TargetState> targets) {
        this.targets = targets.toArray(TargetState[]::new);
    }

    @Override
    public TargetState pick(int hash, Set<TargetState> tried) {
        int n = targets.length;
        if (n == 0) {
            return null;
        }
        int start = Math.floorMod(rotation.getAndIncrement(), n);
        TargetState best = null;
        for (int i = 0; i < n; i++) {
            TargetState t = targets[(start + i) % n];
            if (Balancer.eligible(t, tried) && (best == null
                    || (long) t.activeConnections() * best.weight() < (long) best.activeConnections() * t.weight())) {
                best = t;
            }
        }
        return best;
    }
}
