package io.slipway.server.run;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.InlineSource;
import io.slipway.server.job.Job;
import io.slipway.server.queue.SourceRevision;
import io.slipway.server.scm.RepositoryMirror;

/**
 * Finds and compiles the pipeline a build of a job runs: the inline text, or the Jenkinsfile of the
 * job's branch head (at trigger time) or of the build's pinned commit (at run time). A pipeline with
 * errors is refused with every diagnostic as {@code file:line:column: message}. Thread-safe.
 */
public final class PipelineSource {

    private final RepositoryMirror mirror;
    private final PipelineCompiler compiler;

    public PipelineSource(RepositoryMirror mirror, PipelineCompiler compiler) {
        this.mirror = mirror;
        this.compiler = compiler;
    }

    /** The pipeline at the head of the job's branch (fetching it first), or the inline one. */
    public LoadedPipeline latest(Job job) {
        if (job.source() instanceof GitSource git) {
            return at(job, mirror.fetchHead(job.name(), git));
        }
        return compile(job, ((InlineSource) job.source()).pipeline(), null);
    }

    /**
     * The pipeline at a source revision: fetches its ref into the mirror when the mirror does not hold
     * the revision's commit under that ref yet, and compiles the Jenkinsfile at the commit (the ref's
     * head when the revision names no commit). Inline pipelines ignore the revision.
     */
    public LoadedPipeline at(Job job, SourceRevision revision) {
        if (job.source() instanceof GitSource git) {
            return at(job, mirror.fetchRef(job.name(), git.url(), revision.ref(), revision.commit()));
        }
        return compile(job, ((InlineSource) job.source()).pipeline(), null);
    }

    /** The pipeline at a pinned commit (null: the inline pipeline). */
    public LoadedPipeline at(Job job, String commit) {
        if (job.source() instanceof GitSource git && commit != null) {
            return compile(job, mirror.read(job.name(), commit, git.scriptPath()), commit);
        }
        if (job.source() instanceof InlineSource inline) {
            return compile(job, inline.pipeline(), null);
        }
        return latest(job);
    }

    private LoadedPipeline compile(Job job, String text, String commit) {
        CompileResult result = compiler.compile(job.scriptName(), text);
        if (result.pipeline().isEmpty()) {
            throw ApiException.badRequest("pipeline of job '" + job.name() + "' is invalid"
                    + (commit == null ? "" : " at commit " + commit.substring(0, 12)),
                    result.errors().stream().map(d -> new FieldError("pipeline", d.pos() + ": " + d.message()
                            + d.hint().map(h -> " (hint: " + h + ")").orElse(""))).toList());
        }
        return new LoadedPipeline(result.pipeline().get(), commit, job.scriptName());
    }
}
