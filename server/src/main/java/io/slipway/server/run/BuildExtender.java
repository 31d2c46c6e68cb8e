package io.slipway.server.run;

import io.slipway.agent.step.BuildExtensions;
import io.slipway.agent.step.StepContext;
import io.slipway.server.build.BuildStatus;

/**
 * Adds services to the extensions of each build the runner starts (notification settings and the build's
 * summary, release recorders...), and may act when the build ends (server-wide notification rules).
 * Called on the build's thread, before its first stage and after its post blocks; must not block long. Implementations are thread-safe: builds start concurrently.
 */
@FunctionalInterface
public interface BuildExtender {

    BuildExtensions extend(BuildExtensions extensions, RunningBuild build);

    /**
     * The build's stages and post blocks have run and it ends with {@code status} (not yet stored);
     * {@code ctx} is the build's root step context, its log still open. Must not throw.
     */
    default void ended(RunningBuild build, StepContext ctx, BuildStatus status) {
    }
}
