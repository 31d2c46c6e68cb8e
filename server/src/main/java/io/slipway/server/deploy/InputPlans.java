package io.slipway.server.deploy;

import io.slipway.agent.step.InputGate;
import io.slipway.dsl.model.Pipeline;
import io.slipway.server.build.Build;
import io.slipway.server.deploy.ReleasePlan.PlannedChange;
import io.slipway.server.run.ReleaseHooks.InputScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release plans of the inputs builds wait at in this process: computed when a build starts waiting, kept
 * until it is answered or aborted. A planner failure becomes a plan that says so rather than failing the build.
 * Thread-safe.
 */
final class InputPlans {

    private static final Logger LOG = LoggerFactory.getLogger(InputPlans.class);

    private final ReleasePlanner planner;
    private final Map<String, ReleasePlan> plans = new ConcurrentHashMap<>();

    InputPlans(ReleasePlanner planner) {
        this.planner = planner;
    }

    /** {@code gate}, computing the plan of each input before waiting at it. */
    InputGate gate(Build build, Pipeline pipeline, InputGate gate, Supplier<InputScope> scope) {
        return new InputGate() {
            @Override
            public InputGate.Answer await(InputGate.Request request) throws InterruptedException {
                return await(request, () -> { });
            }

            @Override
            public InputGate.Answer await(InputGate.Request request, Runnable onWaiting) throws InterruptedException {
                String key = key(build.job(), build.number(), request.id());
                plans.put(key, plan(build, pipeline, request, scope));
                try {
                    return gate.await(request, onWaiting);
                } finally {
                    plans.remove(key);
                }
            }
        };
    }

    Optional<ReleasePlan> find(String job, int number, String id) {
        return Optional.ofNullable(plans.get(key(job, number, id)));
    }

    private ReleasePlan plan(Build build, Pipeline pipeline, InputGate.Request request, Supplier<InputScope> scope) {
        try {
            return planner.plan(build, pipeline, request, scope.get());
        } catch (RuntimeException e) {
            LOG.warn("build {} #{}: cannot plan the release after input '{}'", build.job(), build.number(),
                    request.id(), e);
            return new ReleasePlan(Environments.of(pipeline, build.parameters()), null, List.of(new PlannedChange(null,
                    "plan", null, null, null, null, List.of("the plan could not be computed: " + e), null)));
        }
    }

    private static String key(String job, int number, String id) {
        return job + "#" + number + "#" + id;
    }
}
