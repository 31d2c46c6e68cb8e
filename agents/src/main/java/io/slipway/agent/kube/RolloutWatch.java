package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.dsl.RollableScalableResource;
import io.slipway.agent.step.StepContext;
import java.time.Duration;

/**
 * Waits for a Deployment's rollout by polling it (every 500 ms, bounded by the timeout in time and rounds),
 * logging each new waiting message once, as {@code kubectl rollout status} prints them.
 */
final class RolloutWatch {

    private static final long POLL_MILLIS = 500;

    private RolloutWatch() {
    }

    /** The final state: {@link RolloutState.Done}, {@link RolloutState.Failed}, or the last waiting state on timeout. */
    static RolloutState await(RollableScalableResource<Deployment> deployment, Duration timeout, StepContext ctx)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long rounds = timeout.toMillis() / POLL_MILLIS + 2;
        String last = null;
        RolloutState state = new RolloutState.Waiting("no answer from the cluster yet");
        for (long round = 0; round < rounds; round++) {
            ctx.cancellation().check();
            Deployment current = deployment.get();
            if (current == null) {
                return new RolloutState.Failed("the deployment was deleted during the rollout");
            }
            state = RolloutState.of(current);
            if (!(state instanceof RolloutState.Waiting waiting)) {
                return state;
            }
            if (!waiting.message().equals(last)) {
                ctx.log().line("Waiting for rollout to finish: " + waiting.message() + "...");
                last = waiting.message();
            }
            if (System.nanoTime() - deadline > 0) {
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return state;
    }
}
