package io.slipway.server.notify;

import io.slipway.agent.log.LogSink;
import io.slipway.agent.notify.NotifySteps;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.server.build.StageRun;
import io.slipway.server.build.StageStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the server-wide {@link NotifyRule}s that match a build which has just ended, after its own post
 * blocks: each rule's notification step with the rule's arguments, its log lines prefixed with
 * {@code [rule 'name']}. A rule never changes the build's result: {@code failOnError} is dropped and any
 * failure is only logged.
 */
final class RuleRunner {

    private final Map<String, StepExecutor> steps = NotifySteps.all().stream()
            .collect(Collectors.toMap(StepExecutor::step, Function.identity()));

    /** The steps a rule may run, sorted, for messages. */
    String names() {
        return String.join(", ", new java.util.TreeSet<>(steps.keySet()));
    }

    /** Whether {@code step} is a notification step a rule may run. */
    boolean knows(String step) {
        return steps.containsKey(step);
    }

    void run(List<NotifyRule> rules, String job, String status, List<StageRun> stages,
            Supplier<Set<String>> environments, StepContext ctx) {
        List<String> ran = stages.stream().filter(s -> s.status() != StageStatus.SKIPPED && s.startedAt() != null)
                .map(StageRun::name).toList();
        for (NotifyRule rule : rules) {
            if (!rule.matches(job, status, ran, environments)) {
                continue;
            }
            String prefix = "[rule '" + rule.name() + "'] ";
            LogSink log = ctx.log();
            StepContext ruleCtx = ctx.withServices(ctx.services().withLog(line -> log.line(prefix + line)));
            StepExecutor executor = steps.get(rule.step());
            if (executor == null) {
                log.line(prefix + "WARNING: '" + rule.step() + "' is not a notification step; rule skipped");
                continue;
            }
            Map<String, Object> args = new LinkedHashMap<>(rule.args());
            args.remove("failOnError");
            try {
                executor.run(new StepCall(rule.step(), List.of(), args, Optional.empty(), "notifications.json rule '"
                        + rule.name() + "'"), ruleCtx);
            } catch (StepFailure | IllegalArgumentException e) {
                log.line(prefix + "WARNING: notification not sent: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.line(prefix + "WARNING: notification not sent: the build was interrupted");
                return;
            }
        }
    }
}
