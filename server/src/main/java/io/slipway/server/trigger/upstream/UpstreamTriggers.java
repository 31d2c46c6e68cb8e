package io.slipway.server.trigger.upstream;

import io.slipway.dsl.model.BuildResult;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.run.BuildListener;
import io.slipway.server.trigger.schedule.JobTriggers;
import io.slipway.server.trigger.schedule.TriggerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a build ends, queues a build of every job whose effective {@code upstream} trigger names the build's
 * job and whose threshold the result meets (Jenkins' {@code ReverseBuildTrigger} and {@code Result} order:
 * SUCCESS > UNSTABLE > FAILURE > NOT_BUILT > ABORTED, so threshold ABORTED means "always"). The cause reads as Jenkins':
 * "Started by upstream project a build number N". Thread-safe.
 */
public final class UpstreamTriggers implements BuildListener {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamTriggers.class);

    private final JobTriggers triggers;
    private final BuildQueue queue;

    public UpstreamTriggers(JobTriggers triggers, BuildQueue queue) {
        this.triggers = triggers;
        this.queue = queue;
    }

    /** Jenkins' cause text for a build started by an upstream build. */
    public static String cause(String upstreamJob, int number) {
        return "Started by upstream project " + upstreamJob + " build number " + number;
    }

    @Override
    public void finished(Build build, BuildStatus result) {
        Optional<BuildResult> outcome = BuildResult.find(result.name());
        if (outcome.isEmpty()) {
            return;
        }
        for (String downstream : downstreamOf(build.job(), outcome.get())) {
            try {
                Build queued = queue.trigger(downstream, new TriggerRequest(Map.of(), cause(build.job(), build.number())));
                LOG.info("{} #{} ended {}: queued downstream {} #{}", build.job(), build.number(), result, downstream,
                        queued.number());
            } catch (RuntimeException e) {
                LOG.warn("{} #{} ended {}: cannot start downstream job '{}': {}", build.job(), build.number(), result,
                        downstream, e.getMessage());
            }
        }
    }

    private List<String> downstreamOf(String upstream, BuildResult result) {
        List<String> jobs = new ArrayList<>();
        for (Map.Entry<String, TriggerSettings> entry : triggers.all().entrySet()) {
            entry.getValue().upstream().filter(u -> u.projects().contains(upstream) && u.admits(result))
                    .ifPresent(u -> jobs.add(entry.getKey()));
        }
        return jobs;
    }
}
