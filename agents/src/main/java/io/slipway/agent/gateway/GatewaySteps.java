package io.slipway.agent.gateway;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import java.util.List;

/** The gateway steps, sharing one Admin API client; and how a step finds the build's gateway nodes. */
public final class GatewaySteps {

    private GatewaySteps() {
    }

    /** {@code gatewayRoute}, {@code gatewayTargets}, {@code gatewaySnapshot} over {@code admin}. */
    public static List<StepExecutor> all(AdminClient admin) {
        return List.of(new GatewayRouteStep(admin), new GatewayTargetsStep(admin), new GatewaySnapshotStep(admin));
    }

    /** The build's gateway nodes; their admin tokens are masked in the build's log from now on. */
    static GatewayNodes nodes(StepContext ctx) {
        GatewayNodes nodes = ctx.services().extensions().require(GatewayNodes.class);
        nodes.nodes().forEach(node -> {
            if (node.adminToken() != null) {
                ctx.services().masker().add(node.adminToken());
            }
        });
        return nodes;
    }
}
