package io.slipway.agent.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads each target's {@link TargetCounts} of one upstream from one node's {@code GET /upstreams/{u}/health}. */
final class UpstreamHealth {

    private final AdminClient admin;

    UpstreamHealth(AdminClient admin) {
        this.admin = admin;
    }

    /** The counts by target ({@code host:port}); empty when the node does not know the upstream. */
    Map<String, TargetCounts> read(GatewayNodes.Node node, String upstream) throws InterruptedException {
        Map<String, TargetCounts> counts = new LinkedHashMap<>();
        admin.find(node, "/upstreams/" + AdminClient.segment(upstream) + "/health?size=1000", AdminClient.POLL_TIMEOUT)
                .ifPresent(body -> body.path("data")
                        .forEach(t -> counts.put(t.path("target").asText(), TargetCounts.of(t))));
        return counts;
    }
}
