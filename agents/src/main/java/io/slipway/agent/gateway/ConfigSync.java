package io.slipway.agent.gateway;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waits until every gateway node serves the configuration the primary node serves after a change, by polling
 * each node's {@code GET /status} {@code configuration_hash}: no "404 right after the route was created" on a
 * node that has not reloaded yet. The wait is bounded in time and in rounds; when it runs out, the failure names
 * each node that lags and what it serves. The primary is read again every round, so a concurrent change by
 * someone else does not make the wait hang. Thread-safe.
 */
public final class ConfigSync {

    /** How long steps wait for all nodes unless told otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 200;

    private final AdminClient admin;

    public ConfigSync(AdminClient admin) {
        this.admin = admin;
    }

    /** Waits until all nodes serve one hash, and returns it. */
    public String awaitAll(GatewayNodes nodes, Duration limit, StepContext ctx) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long rounds = limit.toMillis() / POLL_MILLIS + 2;
        Map<GatewayNodes.Node, String> served = new LinkedHashMap<>();
        String expected = null;
        for (long round = 0; round < rounds; round++) {
            ctx.cancellation().check();
            served.clear();
            expected = hashOf(nodes.primary());
            boolean all = true;
            for (GatewayNodes.Node node : nodes.nodes()) {
                String hash = node.equals(nodes.primary()) ? expected : hashOf(node);
                served.put(node, hash);
                all &= expected != null && expected.equals(hash);
            }
            if (all) {
                ctx.log().line("All " + nodes.nodes().size() + " gateway node(s) serve configuration " + expected);
                return expected;
            }
            if (System.nanoTime() - deadline > 0) {
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new StepFailure(lagging(nodes, served, expected, limit));
    }

    private String hashOf(GatewayNodes.Node node) throws InterruptedException {
        try {
            return admin.get(node, "/status", AdminClient.POLL_TIMEOUT).path("configuration_hash").asText(null);
        } catch (StepFailure e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    private static String lagging(GatewayNodes nodes, Map<GatewayNodes.Node, String> served, String expected,
            Duration limit) {
        StringBuilder message = new StringBuilder("not every gateway node serves the change after "
                + limit.toSeconds() + " s: node " + nodes.primary() + " serves configuration " + expected);
        served.forEach((node, hash) -> {
            if (expected == null || !expected.equals(hash)) {
                message.append("; node ").append(node).append(" lags, serving ").append(hash);
            }
        });
        return message.toString();
    }
}
