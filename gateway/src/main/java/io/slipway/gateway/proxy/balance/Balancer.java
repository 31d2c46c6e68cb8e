package io.slipway.gateway.proxy.balance;

import java.util.Set;

/**
 * Picks a target for one attempt of one request. Implementations are immutable snapshots over a
 * target list (rebuilt when targets change) and safe from every event loop at once.
 */
public sealed interface Balancer permits RoundRobinBalancer, LeastConnectionsBalancer, ConsistentHashBalancer {

    /**
     * @param hash  the request's hash key (consistent hashing only)
     * @param tried targets already tried by this request (skipped when another is available), or null
     * @return a healthy target of non-zero weight, or null if there is none
     */
    TargetState pick(int hash, Set<TargetState> tried);

    static Balancer of(Algorithm algorithm, java.util.List<TargetState> targets) {
        return switch (algorithm) {
            case ROUND_ROBIN -> new RoundRobinBalancer(targets);
            case LEAST_CONNECTIONS -> new LeastConnectionsBalancer(targets);
            case CONSISTENT_HASHING -> new ConsistentHashBalancer(targets);
        };
    }

    static boolean eligible(TargetState t, Set<TargetState> tried) {
        return t.usable() && (tried == null || !tried.contains(t));
    }
}
