package io.slipway.server.run;

import io.slipway.agent.step.BuildExtensions;

/**
 * Adds services to the extensions of each build the runner starts (notification settings and the build's
 * summary, release recorders...). Called on the build's thread before its first stage; must not block
 * long. Implementations are thread-safe: builds start concurrently.
 */
@FunctionalInterface
public interface BuildExtender {

    BuildExtensions extend(BuildExtensions extensions, RunningBuild build);
}
