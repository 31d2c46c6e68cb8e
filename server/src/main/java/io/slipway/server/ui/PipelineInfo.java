package io.slipway.server.ui;

import io.slipway.dsl.CompileResult;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.dsl.model.Pipeline;
import io.slipway.server.build.Build;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.InlineSource;
import io.slipway.server.job.Job;
import io.slipway.server.scm.RepositoryMirror;
import java.util.List;
import java.util.Optional;

/**
 * The Jenkinsfile a job ran last (or its inline pipeline), compiled for the job and build pages:
 * its text, its diagnostics and, when valid, its model (parameters, triggers). Reads only what is
 * already mirrored; never fetches.
 */
final class PipelineInfo {

    /** A pipeline text with what the compiler said about it; {@code text} is null when none is known yet. */
    record Compiled(String text, String file, String commit, Optional<Pipeline> pipeline, List<Diagnostic> errors) {
    }

    private final RepositoryMirror mirror;
    private final PipelineCompiler compiler;

    PipelineInfo(RepositoryMirror mirror, PipelineCompiler compiler) {
        this.mirror = mirror;
        this.compiler = compiler;
    }

    /** The pipeline of {@code build} (or of the job's newest build with a commit, when null). */
    Compiled of(Job job, Optional<Build> build) {
        String text;
        String commit = null;
        if (job.source() instanceof InlineSource inline) {
            text = inline.pipeline();
        } else {
            GitSource git = (GitSource) job.source();
            commit = build.map(Build::commit).orElse(null);
            if (commit == null) {
                return new Compiled(null, job.scriptName(), null, Optional.empty(), List.of());
            }
            try {
                text = mirror.read(job.name(), commit, git.scriptPath());
            } catch (RuntimeException e) {
                return new Compiled(null, job.scriptName(), commit, Optional.empty(), List.of());
            }
        }
        CompileResult result = compiler.compile(job.scriptName(), text);
        return new Compiled(text, job.scriptName(), commit, result.pipeline(), result.errors());
    }

    /** Names of the password parameters of a pipeline; their values are never shown. */
    static List<String> secretNames(Optional<Pipeline> pipeline) {
        return pipeline.map(p -> p.parameters().stream()
                .filter(d -> d instanceof ParameterDefinition.PasswordParam)
                .map(ParameterDefinition::name).toList()).orElse(List.of());
    }
}
