package io.slipway.gateway.timer;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The timers of one node, by name. Owners register a timer when they schedule a task and remove it
 * when the task stops for good (an upstream whose health checks were turned off). Thread-safe.
 */
public final class Timers {

    private final ConcurrentHashMap<String, TimerStats> byName = new ConcurrentHashMap<>();

    /**
     * The timer called {@code name}, registered now if it is new. {@code description} says what it
     * does, {@code owner} which class runs it; {@code intervalMillis} is the pause between runs. A timer
     * registered again with another description or interval (its task was reconfigured) starts afresh.
     */
    public TimerStats register(String name, String description, Class<?> owner, long intervalMillis) {
        return byName.compute(name, (n, existing) -> existing != null && existing.describes(description, intervalMillis)
                ? existing : new TimerStats(n, description, owner.getName(), intervalMillis));
    }

    public void remove(String name) {
        byName.remove(name);
    }

    /** Removes every timer whose name starts with {@code prefix} and that {@code keep} does not list. */
    public void retain(String prefix, java.util.Set<String> keep) {
        byName.keySet().removeIf(n -> n.startsWith(prefix) && !keep.contains(n));
    }

    /** Every timer now, by name. */
    public List<TimerView> views() {
        long now = System.nanoTime();
        return byName.values().stream().map(t -> t.view(now)).sorted(Comparator.comparing(TimerView::name)).toList();
    }
}
