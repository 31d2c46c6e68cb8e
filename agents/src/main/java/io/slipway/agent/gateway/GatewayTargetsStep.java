package io.slipway.agent.gateway;

import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code gatewayTargets(upstream: 'shop', targets: [[target: '127.0.0.1:8082', weight: 100]], watch: [seconds: 60,
 * maxErrorRate: 0.05])}: sets the weights of an upstream's targets (creating the upstream and missing targets) for
 * blue/green switches and canary weights. Targets not listed keep existing with weight 0, so a switch back is
 * one more call and instant; {@code others: 'keep'} leaves them as they are (a canary next to the stable
 * version), {@code others: 'remove'} deletes them. Waits until every gateway node serves the change, and records a
 * {@code gateway.targets} change (before and after: {@link TargetWeight} JSON arrays).
 * <p>
 * With {@code watch}, the step then watches the 5xx rate of the targets given a weight above 0 (see
 * {@link TargetWatch}); above {@code maxErrorRate} it restores the previous targets by itself, waits until every
 * node serves them, records that restore as a second {@code gateway.targets} change, and fails the stage.
 */
public final class GatewayTargetsStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("upstream", "targets", "others", "watch", "syncTimeout");
    private static final Set<String> TARGET_KEYS = Set.of("target", "weight");
    private static final Set<String> WATCH_KEYS = Set.of("seconds", "maxErrorRate", "minRequests");

    private final UpstreamTargets targets;
    private final ConfigSync sync;
    private final TargetWatch watch;

    public GatewayTargetsStep(AdminClient admin) {
        this.targets = new UpstreamTargets(admin);
        this.sync = new ConfigSync(admin);
        this.watch = new TargetWatch(admin);
    }

    @Override
    public String step() {
        return "gatewayTargets";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String upstream = args.requiredText("upstream");
        List<TargetWeight> wanted = wanted(args);
        Optional<WatchWindow> window = window(args);
        Duration limit = Duration.ofSeconds(args.number("syncTimeout", ConfigSync.DEFAULT_LIMIT.toSeconds(), 1, 3600));
        GatewayNodes nodes = GatewaySteps.nodes(ctx);

        List<TargetWeight> before = targets.read(nodes.primary(), upstream);
        if (window.isPresent() && !before.isEmpty()) {
            watch.checkSupported(nodes, upstream);
        }
        List<TargetWeight> after = targets.apply(nodes.primary(), upstream, wanted, others(args));
        boolean changed = !sorted(before).equals(after);
        if (changed) {
            ctx.changes().record(new ChangeLog.Change("gateway.targets", upstream,
                    AdminClient.text(TargetWeight.toJson(before)), AdminClient.text(TargetWeight.toJson(after))));
            ctx.log().line("gatewayTargets: upstream '" + upstream + "' now " + describe(after)
                    + " (was " + (before.isEmpty() ? "empty" : describe(before)) + ")");
        } else {
            ctx.log().line("gatewayTargets: upstream '" + upstream + "' already " + describe(after) + "; nothing changed");
        }
        String hash = sync.awaitAll(nodes, limit, ctx);
        if (window.isPresent()) {
            watchAndRestore(nodes, upstream, before, after, window.get(), limit, ctx);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", changed);
        result.put("configurationHash", hash);
        return StepResult.of(result);
    }

    private void watchAndRestore(GatewayNodes nodes, String upstream, List<TargetWeight> before,
            List<TargetWeight> after, WatchWindow window, Duration limit, StepContext ctx) throws InterruptedException {
        Set<String> live = after.stream().filter(t -> t.weight() > 0).map(TargetWeight::target).collect(Collectors.toSet());
        ctx.log().line("gatewayTargets: watching " + live + " for " + window.seconds() + " s (maxErrorRate "
                + window.maxErrorRate() + ")");
        TargetWatch.Outcome outcome;
        try {
            watch.checkSupported(nodes, upstream);
            outcome = watch.watch(nodes, upstream, live, window, ctx);
        } catch (StepFailure e) {
            restore(nodes, upstream, before, after, limit, ctx);
            throw new StepFailure("gatewayTargets: the watch window of upstream '" + upstream + "' failed ("
                    + e.getMessage() + "); restored the previous targets");
        }
        String seen = outcome.errors() + " of " + outcome.responses() + " attempts failed (5xx or no response), rate "
                + String.format(java.util.Locale.ROOT, "%.3f", outcome.rate());
        if (!outcome.breached()) {
            ctx.log().line("gatewayTargets: watch window passed: " + seen);
            return;
        }
        ctx.log().line("gatewayTargets: error rate above maxErrorRate " + window.maxErrorRate() + ": " + seen
                + "; restoring the previous targets");
        restore(nodes, upstream, before, after, limit, ctx);
        throw new StepFailure("gatewayTargets: upstream '" + upstream + "': " + seen + ", above maxErrorRate "
                + window.maxErrorRate() + " during the watch window; restored the previous targets "
                + (before.isEmpty() ? "(none)" : describe(before)));
    }

    private void restore(GatewayNodes nodes, String upstream, List<TargetWeight> before, List<TargetWeight> after,
            Duration limit, StepContext ctx) throws InterruptedException {
        List<TargetWeight> restored = targets.apply(nodes.primary(), upstream, before, UpstreamTargets.Unlisted.REMOVE);
        ctx.changes().record(new ChangeLog.Change("gateway.targets", upstream,
                AdminClient.text(TargetWeight.toJson(after)), AdminClient.text(TargetWeight.toJson(restored))));
        sync.awaitAll(nodes, limit, ctx);
    }

    private static List<TargetWeight> wanted(ReleaseArguments args) {
        List<TargetWeight> wanted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> items = args.requiredMapList("targets");
        if (items.isEmpty()) {
            throw args.failure("argument 'targets' must name at least one target");
        }
        for (int i = 0; i < items.size(); i++) {
            String what = "argument 'targets' item " + (i + 1);
            Map<String, Object> item = items.get(i);
            args.onlyKeys(what, item, TARGET_KEYS);
            Object target = item.get("target");
            if (target == null || !String.valueOf(target).strip().matches("[^\\s:/]+:\\d{1,5}|\\[[0-9a-fA-F:]+]:\\d{1,5}")) {
                throw args.failure(what + ": 'target' must be host:port, such as 127.0.0.1:8080, was '" + target + "'");
            }
            String address = String.valueOf(target).strip();
            if (!seen.add(address)) {
                throw args.failure(what + ": target '" + address + "' is listed twice");
            }
            Object weight = item.getOrDefault("weight", 100);
            wanted.add(new TargetWeight(address, (int) args.wholeNumber(what + ": 'weight'", weight, 0, 65535)));
        }
        return List.copyOf(wanted);
    }

    private static UpstreamTargets.Unlisted others(ReleaseArguments args) {
        String value = args.text("others").orElse("zero");
        return switch (value) {
            case "zero" -> UpstreamTargets.Unlisted.ZERO;
            case "keep" -> UpstreamTargets.Unlisted.KEEP;
            case "remove" -> UpstreamTargets.Unlisted.REMOVE;
            default -> throw args.failure("argument 'others' must be 'zero', 'keep' or 'remove', was '" + value + "'");
        };
    }

    private static Optional<WatchWindow> window(ReleaseArguments args) {
        return args.map("watch").map(map -> {
            args.onlyKeys("argument 'watch'", map, WATCH_KEYS);
            if (!map.containsKey("seconds") || !map.containsKey("maxErrorRate")) {
                throw args.failure("argument 'watch' needs 'seconds' and 'maxErrorRate', e.g. "
                        + "[seconds: 60, maxErrorRate: 0.05]");
            }
            return new WatchWindow(args.wholeNumber("argument 'watch': 'seconds'", map.get("seconds"), 1, 86_400),
                    args.decimal("argument 'watch': 'maxErrorRate' (a fraction: 0.05 is 5 %)", map.get("maxErrorRate"), 0, 1),
                    args.wholeNumber("argument 'watch': 'minRequests'", map.getOrDefault("minRequests", 10), 1, 1_000_000_000));
        });
    }

    private static List<TargetWeight> sorted(List<TargetWeight> list) {
        return list.stream().sorted(java.util.Comparator.comparing(TargetWeight::target)).toList();
    }

    private static String describe(List<TargetWeight> list) {
        return list.stream().map(t -> t.target() + "=" + t.weight()).collect(Collectors.joining(", ", "[", "]"));
    }
}
