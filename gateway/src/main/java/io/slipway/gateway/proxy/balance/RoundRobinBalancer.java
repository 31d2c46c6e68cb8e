package io.slipway.gateway.proxy.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Smooth weighted round-robin (nginx's algorithm): the whole cycle is computed once when targets
 * change, so a pick is one atomic increment and an array read. Weights are reduced by their greatest
 * common divisor and the cycle is capped, keeping the proportions.
 */
public final class RoundRobinBalancer implements Balancer {

    private static final int MAX_CYCLE = 10_000;

    private final TargetState[] cycle;
    private final AtomicLong next = new AtomicLong();

    RoundRobinBalancer(List<TargetState> targets) {
        List<TargetState> live = targets.stream().filter(t -> t.weight() > 0).toList();
        int[] weights = scaledWeights(live);
        int total = 0;
        for (int w : weights) total += w;
        cycle = new TargetState[total];
        int[] current = new int[weights.length];
        for (int slot = 0; slot < total; slot++) {
            int best = 0;
            for (int i = 0; i < weights.length; i++) {
                current[i] += weights[i];
                if (current[i] > current[best]) best = i;
            }
            current[best] -= total;
            cycle[slot] = live.get(best);
        }
    }

    private static int[] scaledWeights(List<TargetState> live) {
        int gcd = 0;
        long sum = 0;
        for (TargetState t : live) {
            gcd = gcd(gcd, t.weight());
            sum += t.weight();
        }
        int[] weights = new int[live.size()];
        double scale = sum / Math.max(gcd, 1) > MAX_CYCLE ? (double) MAX_CYCLE / sum : 1.0 / Math.max(gcd, 1);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, (int) Math.round(live.get(i).weight() * scale));
        }
        return weights;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public TargetState pick(int hash, Set<TargetState> tried) {
        int n = cycle.length;
        if (n == 0) {
            return null;
        }
        long start = next.getAndIncrement();
        for (int i = 0; i < n; i++) {
            TargetState t = cycle[(int) Math.floorMod(start + i, (long) n)];
            if (Balancer.eligible(t, tried)) {
                return t;
            }
        }
        return fallback(tried);
    }

    /** With every other target tried, a tried but healthy one is better than none. */
    private TargetState fallback(Set<TargetState> tried) {
        if (tried == null) {
            return null;
        }
        List<TargetState> usable = new ArrayList<>();
        for (TargetState t : cycle) {
            if (t.usable()) usable.add(t);
        }
        return usable.isEmpty() ? null : usable.get(0);
    }
}
