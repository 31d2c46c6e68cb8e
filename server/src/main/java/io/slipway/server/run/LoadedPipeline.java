package io.slipway.server.run;

import io.slipway.dsl.model.Pipeline;
import java.util.Objects;

/**
 * A job's pipeline as one build runs it: the validated model, the commit it was read at (null for an
 * inline pipeline) and the file name diagnostics use.
 */
public record LoadedPipeline(Pipeline pipeline, String commit, String file) {

    public LoadedPipeline {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(file, "file");
    }
}
