package io.slipway.server.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.step.BuildServices;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepRegistry;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a rollback build ran, puts back the gateway routes and upstream targets recorded in the deployment
 * it rolls back to that the build did not set again itself (a pipeline that skips its release stages on
 * {@code currentBuild.rollback} still gets its traffic back). It replays the recorded values through the
 * {@code gatewayRoute} and {@code gatewayTargets} steps — a recorded value is those steps' own arguments —
 * so a restore talks to the gateway's Admin API exactly as a release does, waits until every node serves
 * it, changes nothing that is already as recorded, and records what it changed under the stage
 * {@value #STAGE}. Routes and upstreams that later deployments added are left as they are. Thread-safe.
 */
final class GatewayRestorer {

    static final String STAGE = "Rollback: restore gateway";
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };

    private final StepRegistry steps;
    private final ObjectMapper json;

    GatewayRestorer(StepRegistry steps, ObjectMapper json) {
        this.steps = steps;
        this.json = json;
    }

    /**
     * Restores {@code target}'s routes and targets that {@code made} (the rollback build's changes) did not set;
     * a {@link StepFailure} when the gateway refuses.
     */
    void restore(Deployment target, List<ReleaseChange> made, StepContext root, ChangeLog changes)
            throws InterruptedException {
        Set<String> setAgain = made.stream().map(ReleaseChange::key).collect(Collectors.toSet());
        StepContext ctx = root.withServices(withChanges(root.services(), changes));
        for (var route : target.state().of("gateway.route").entrySet()) {
            if (!setAgain.contains("gateway.route " + route.getKey())) {
                ctx.log().line("Rollback: restoring gateway route '" + route.getKey() + "' as at deployment "
                        + target.id());
                run("gatewayRoute", read(route.getValue(), OBJECT), ctx);
            }
        }
        for (var upstream : target.state().of("gateway.targets").entrySet()) {
            if (!setAgain.contains("gateway.targets " + upstream.getKey())) {
                ctx.log().line("Rollback: restoring the targets of upstream '" + upstream.getKey()
                        + "' as at deployment " + target.id());
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("upstream", upstream.getKey());
                args.put("targets", read(upstream.getValue(), LIST));
                run("gatewayTargets", args, ctx);
            }
        }
    }

    private void run(String step, Map<String, Object> args, StepContext ctx) throws InterruptedException {
        StepExecutor executor = steps.find(step).orElseThrow(() -> new StepFailure("cannot restore the gateway: this"
                + " server has no '" + step + "' step"));
        executor.run(new StepCall(step, List.of(), args, java.util.Optional.empty(), STAGE), ctx);
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new StepFailure("cannot restore the gateway: a recorded value is not the JSON a gateway step"
                    + " records (" + e.getMessage() + ")");
        }
    }

    private static BuildServices withChanges(BuildServices s, ChangeLog changes) {
        return new BuildServices(s.log(), s.masker(), s.cancellation(), changes, s.credentials(), s.inputs(),
                s.buildDir(), s.extensions());
    }
}
