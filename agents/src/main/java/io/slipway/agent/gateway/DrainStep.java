package io.slipway.agent.gateway;

import io.slipway.agent.consul.ConsulDeregisterStep;
import io.slipway.agent.consul.ConsulRegistry;
import io.slipway.agent.consul.ConsulSteps;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code drain(upstream: 'shop', target: '127.0.0.1:8081', consulId: 'shop-blue', timeout: 60)}: takes a target
 * out of service without cutting a request: weight 0 at the gateway (recorded as a {@code gateway.targets}
 * change) and served by every node, then, with {@code consulId}, deregistration from Consul (a
 * {@code consul.service} change), then a wait until no node counts a request in flight to the target
 * ({@code in_flight} of {@code GET /upstreams/{u}/health}, polled every 200 ms). When requests are still in flight
 * after {@code timeout} seconds (default 60) the step fails naming the nodes and counts; the weight stays 0.
 */
public final class DrainStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("upstream", "target", "consulId", "timeout", "syncTimeout");
    private static final long POLL_MILLIS = 200;

    private final UpstreamTargets targets;
    private final UpstreamHealth health;
    private final ConfigSync sync;
    private final ConsulRegistry consul;

    public DrainStep(AdminClient admin, ConsulRegistry consul) {
        this.targets = new UpstreamTargets(admin);
        this.health = new UpstreamHealth(admin);
        this.sync = new ConfigSync(admin);
        this.consul = consul;
    }

    @Override
    public String step() {
        return "drain";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String upstream = args.requiredText("upstream");
        String target = args.requiredText("target");
        var consulId = args.text("consulId");
        Duration timeout = Duration.ofSeconds(args.number("timeout", 60, 1, 86_400));
        Duration syncLimit = Duration.ofSeconds(args.number("syncTimeout", ConfigSync.DEFAULT_LIMIT.toSeconds(), 1, 3600));
        GatewayNodes nodes = GatewaySteps.nodes(ctx);

        List<TargetWeight> before = targets.read(nodes.primary(), upstream);
        if (before.stream().noneMatch(t -> t.target().equals(target))) {
            throw args.failure("'" + target + "' is not a target of upstream '" + upstream + "' (targets: "
                    + before.stream().map(TargetWeight::target).toList() + ")");
        }
        List<TargetWeight> after = targets.apply(nodes.primary(), upstream, List.of(new TargetWeight(target, 0)),
                UpstreamTargets.Unlisted.KEEP);
        if (!before.stream().sorted(java.util.Comparator.comparing(TargetWeight::target)).toList().equals(after)) {
            ctx.changes().record(new ChangeLog.Change("gateway.targets", upstream,
                    AdminClient.text(TargetWeight.toJson(before)), AdminClient.text(TargetWeight.toJson(after))));
        }
        ctx.log().line("drain: target " + target + " of upstream '" + upstream + "' has weight 0");
        sync.awaitAll(nodes, syncLimit, ctx);
        if (consulId.isPresent()) {
            ConsulDeregisterStep.deregister(consul, ConsulSteps.settings(ctx), consulId.get(), ctx, "drain");
        }
        awaitIdle(nodes, upstream, target, timeout, ctx);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("upstream", upstream);
        result.put("target", target);
        return StepResult.of(result);
    }

    private void awaitIdle(GatewayNodes nodes, String upstream, String target, Duration timeout, StepContext ctx)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long rounds = timeout.toMillis() / POLL_MILLIS + 2;
        long announced = -1;
        Map<GatewayNodes.Node, Long> busy = new LinkedHashMap<>();
        for (long round = 0; round < rounds; round++) {
            ctx.cancellation().check();
            busy.clear();
            for (GatewayNodes.Node node : nodes.nodes()) {
                TargetCounts counts = health.read(node, upstream).get(target);
                if (counts == null || counts.inFlight().isEmpty()) {
                    throw new StepFailure("drain: gateway node " + node + " does not report in_flight for target "
                            + target + " of upstream '" + upstream + "'; cannot tell when it is drained");
                }
                if (counts.inFlight().getAsLong() > 0) {
                    busy.put(node, counts.inFlight().getAsLong());
                }
            }
            long total = busy.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                ctx.log().line("drain: no request in flight to " + target + " on any of "
                        + nodes.nodes().size() + " gateway node(s)");
                return;
            }
            if (total != announced) {
                ctx.log().line("drain: waiting for " + total + " request(s) in flight to " + target);
                announced = total;
            }
            if (System.nanoTime() - deadline > 0) {
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        StringBuilder message = new StringBuilder("drain: requests still in flight to " + target + " after "
                + timeout.toSeconds() + " s:");
        busy.forEach((node, count) -> message.append(" node ").append(node).append(" has ").append(count).append(";"));
        message.setLength(message.length() - 1);
        throw new StepFailure(message + " (its weight stays 0)");
    }
}
