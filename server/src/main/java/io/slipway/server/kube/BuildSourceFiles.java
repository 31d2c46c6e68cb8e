package io.slipway.server.kube;

import io.slipway.server.api.ApiException;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.scm.RepositoryMirror;

/**
 * Reads a {@code yamlFile} from the build's own source: the file at the build's commit in the job's mirror,
 * as Jenkins reads it from the SCM (so the pod is known before any workspace exists). Inline pipelines have
 * no source to read from. Thread-safe.
 */
public final class BuildSourceFiles {

    private final JobService jobs;
    private final BuildHistory history;
    private final RepositoryMirror mirror;

    public BuildSourceFiles(JobService jobs, BuildHistory history, RepositoryMirror mirror) {
        this.jobs = jobs;
        this.history = history;
        this.mirror = mirror;
    }

    /** The text of {@code path} at build {@code number}'s commit; {@code where} begins any failure message. */
    String read(String job, int number, String path, String where) {
        Job j = jobs.get(job);
        Build build = history.get(job, number);
        if (!(j.source() instanceof GitSource) || build.commit() == null) {
            throw new PodAgentFailure(where + " yamlFile '" + path + "': the job's pipeline does not come from Git,"
                    + " so there is no file to read; use yaml instead");
        }
        try {
            return mirror.read(job, build.commit(), path);
        } catch (ApiException e) {
            throw new PodAgentFailure(where + " yamlFile '" + path + "': no such file at commit "
                    + build.commit().substring(0, Math.min(12, build.commit().length())));
        }
    }
}
