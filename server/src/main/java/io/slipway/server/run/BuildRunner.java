package io.slipway.server.run;

import io.slipway.server.build.Build;

/**
 * Runs one claimed build to its end on the calling thread and records its final status. Never throws:
 * whatever goes wrong ends the build as FAILURE (or ABORTED) with the reason in its log.
 */
@FunctionalInterface
public interface BuildRunner {

    void run(Build build, BuildControl control);
}
