package io.slipway.server.job;

import io.slipway.dsl.PipelineCompiler;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * Checks pipeline text before it is stored, with the pipeline language's full compiler (syntax,
 * declarative structure, meaning), returning its error diagnostics (empty when it is valid).
 * Stateless and thread-safe.
 */
public final class PipelineCheck {

    private final PipelineCompiler compiler;

    public PipelineCheck(PipelineCompiler compiler) {
        this.compiler = compiler;
    }

    /** Every error in {@code text}, each naming {@code file}, line and column. */
    public List<Diagnostic> errors(String file, String text) {
        return compiler.compile(file, text).errors();
    }
}
