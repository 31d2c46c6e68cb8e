package io.slipway.gateway.proxy.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A hash ring: each target owns points in proportion to its weight; a request goes to the owner of
 * the first point at or after its hash, or the next usable owner when that one is down or tried.
 * Adding or removing a target moves only the keys of its own points.
 */
public final class ConsistentHashBalancer implements Balancer {

    private static final int POINTS_PER_WEIGHT_UNIT = 160;

    private final int[] points;
    private final TargetState[] owners;

    ConsistentHashBalancer(List<TargetState> targets) {
        int maxWeight = targets.stream().mapToInt(TargetState::weight).max().orElse(1);
        List<long[]> ring = new ArrayList<>();
        List<TargetState> byIndex = new ArrayList<>();
        for (TargetState t : targets) {
            if (t.weight() <= 0) continue;
            int count = Math.max(1, (int) ((long) POINTS_PER_WEIGHT_UNIT * t.weight() / maxWeight));
            for (int i = 0; i < count; i++) {
                ring.add(new long[] {mix((t.name() + "#" + i).hashCode()), byIndex.size()});
            }
            byIndex.add(t);
        }
        ring.sort((a, b) -> Long.compare(a[0], b[0]));
        points = new int[ring.size()];
        owners = new TargetState[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = (int) ring.get(i)[0];
            owners[i] = byIndex.get((int) ring.get(i)[1]);
        }
    }

    /** Spreads {@code String.hashCode} values over the ring (murmur3's finaliser). */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    @Override
    public TargetState pick(int hash, Set<TargetState> tried) {
        int n = points.length;
        if (n == 0) {
            return null;
        }
        int at = Arrays.binarySearch(points, mix(hash));
        int start = at >= 0 ? at : -at - 1;
        for (int i = 0; i < n; i++) {
            TargetState t = owners[(start + i) % n];
            if (Balancer.eligible(t, tried)) {
                return t;
            }
        }
        return null;
    }
}
