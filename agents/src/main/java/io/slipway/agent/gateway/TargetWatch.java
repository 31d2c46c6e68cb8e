package io.slipway.agent.gateway;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Watches the responses that every gateway node counts for some targets of an upstream during a
 * {@link WatchWindow}: failed attempts (5xx responses and connection failures) over all attempts since the window opened, summed over nodes and
 * targets. Polls once a second; the window ends early as breached once {@code minRequests} responses were
 * counted and the rate is above the limit, and at its end it is breached when the rate of whatever was counted
 * is above the limit. A window in which nothing was counted passes, with a warning in the log.
 */
final class TargetWatch {

    private static final long POLL_MILLIS = 1000;

    /** What the window saw. */
    record Outcome(long responses, long errors, boolean breached) {
        double rate() {
            return responses == 0 ? 0 : (double) errors / responses;
        }
    }

    private final UpstreamHealth health;

    TargetWatch(AdminClient admin) {
        this.health = new UpstreamHealth(admin);
    }

    Outcome watch(GatewayNodes nodes, String upstream, Set<String> targets, WatchWindow window, StepContext ctx)
            throws InterruptedException {
        Map<String, TargetCounts> baseline = snapshot(nodes, upstream, targets);
        long end = System.nanoTime() + window.seconds() * 1_000_000_000L;
        long rounds = window.seconds() * 1000 / POLL_MILLIS + 2;
        Outcome outcome = new Outcome(0, 0, false);
        for (long round = 0; round < rounds && System.nanoTime() - end < 0; round++) {
            ctx.cancellation().check();
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            outcome = measure(baseline, snapshot(nodes, upstream, targets));
            if (outcome.responses() >= window.minRequests() && outcome.rate() > window.maxErrorRate()) {
                return new Outcome(outcome.responses(), outcome.errors(), true);
            }
        }
        if (outcome.responses() == 0) {
            ctx.log().line("WARNING: gatewayTargets: no response was counted for " + targets + " of upstream '"
                    + upstream + "' during the " + window.seconds() + " s watch window");
        }
        return new Outcome(outcome.responses(), outcome.errors(), outcome.rate() > window.maxErrorRate());
    }

    /** Fails when a node does not count responses per target, so a watch would see nothing. */
    void checkSupported(GatewayNodes nodes, String upstream) throws InterruptedException {
        for (GatewayNodes.Node node : nodes.nodes()) {
            for (var entry : health.read(node, upstream).entrySet()) {
                if (!entry.getValue().countsResponses()) {
                    throw new StepFailure("gatewayTargets: cannot watch: gateway node " + node + " does not report "
                            + "per-target response counts on /upstreams/" + upstream + "/health (target "
                            + entry.getKey() + ")");
                }
            }
        }
    }

    private Map<String, TargetCounts> snapshot(GatewayNodes nodes, String upstream, Set<String> targets)
            throws InterruptedException {
        Map<String, TargetCounts> all = new HashMap<>();
        for (GatewayNodes.Node node : nodes.nodes()) {
            health.read(node, upstream).forEach((target, counts) -> {
                if (targets.contains(target)) {
                    all.put(node + " " + target, counts);
                }
            });
        }
        return all;
    }

    private static Outcome measure(Map<String, TargetCounts> before, Map<String, TargetCounts> now) {
        long responses = 0;
        long errors = 0;
        for (var entry : now.entrySet()) {
            TargetCounts base = before.get(entry.getKey());
            responses += delta(base == null ? 0 : base.total(), entry.getValue().total());
            errors += delta(base == null ? 0 : base.errors(), entry.getValue().errors());
        }
        return new Outcome(responses, Math.min(errors, responses), false);
    }

    /** Counters start again from zero when a node restarts: then everything counted now is new. */
    private static long delta(long before, long now) {
        return now >= before ? now - before : now;
    }
}
