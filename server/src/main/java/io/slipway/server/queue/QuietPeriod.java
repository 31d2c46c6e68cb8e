package io.slipway.server.queue;

import io.slipway.dsl.model.Pipeline;
import io.slipway.server.job.Job;
import java.time.Duration;

/**
 * How long a triggered build waits in the queue before it may start, decided per job once its
 * pipeline is loaded (the job's setting, the pipeline's {@code options { quietPeriod(n) }}, the
 * server's default). Triggers that arrive meanwhile join the waiting build.
 */
@FunctionalInterface
public interface QuietPeriod {

    /** No waiting: the build may start at once. */
    QuietPeriod NONE = (job, pipeline) -> Duration.ZERO;

    Duration of(Job job, Pipeline pipeline);
}
