package io.slipway.server.run;

import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.job.Job;

/**
 * What other parts of the server learn from builds as the runner goes: the pipeline a build read (so
 * triggers follow the Jenkinsfile of the last build, as in Jenkins) and a build's end (upstream triggers).
 * Called on the build's thread after the fact is stored; a listener must be quick, and what it throws is
 * logged and ignored.
 */
public interface BuildListener {

    /** The build read and compiled its pipeline (at its pinned commit, or the inline one). */
    default void pipelineRead(Job job, Build build, LoadedPipeline loaded) {
    }

    /** The build ended with {@code result}, which is stored. */
    default void finished(Build build, BuildStatus result) {
    }
}
