package io.slipway.server.trigger.schedule;

import io.slipway.dsl.PipelineCompiler;
import io.slipway.server.build.Build;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.InlineSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobListener;
import io.slipway.server.run.BuildListener;
import io.slipway.server.run.LoadedPipeline;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps {@link JobTriggers} following the Jenkinsfile: the one a build read (Git jobs, as in Jenkins, where
 * {@code triggers} take effect once a build has run), the inline one when it is saved, and forgets a deleted
 * job. Thread-safe.
 */
public final class TriggerSources implements JobListener, BuildListener {

    private final JobTriggers triggers;
    private final PipelineCompiler compiler;

    public TriggerSources(JobTriggers triggers, PipelineCompiler compiler) {
        this.triggers = triggers;
        this.compiler = compiler;
    }

    @Override
    public void saved(Job job) {
        if (job.source() instanceof InlineSource inline) {
            compiler.compile(job.scriptName(), inline.pipeline()).pipeline().ifPresent(pipeline ->
                    triggers.pipelineRead(job.name(), TriggerSettings.fromPipeline(pipeline)));
        }
    }

    @Override
    public void deleted(String name) {
        triggers.jobDeleted(name);
    }

    /** A build read its Jenkinsfile: spec expressions are evaluated over its parameters and environment. */
    @Override
    public void pipelineRead(Job job, Build build, LoadedPipeline loaded) {
        Map<String, String> env = new LinkedHashMap<>();
        build.parameters().forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
        env.put("JOB_NAME", job.name());
        env.put("BUILD_NUMBER", Integer.toString(build.number()));
        if (job.source() instanceof GitSource git) {
            env.put("BRANCH_NAME", git.branch());
            env.put("GIT_BRANCH", git.branch());
        }
        triggers.pipelineRead(job.name(), TriggerSettings.fromPipeline(loaded.pipeline(),
                TriggerSpecs.evaluated(job.name(), build.number(), build.parameters(), env)));
    }
}
