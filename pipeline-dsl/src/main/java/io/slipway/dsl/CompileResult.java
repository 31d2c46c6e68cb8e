package io.slipway.dsl;

import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.model.Pipeline;
import java.util.List;
import java.util.Optional;

/**
 * What {@link PipelineCompiler#compile} produced: the model when the file is valid, and every diagnostic
 * (errors and warnings) in source order.
 */
public record CompileResult(Optional<Pipeline> pipeline, List<Diagnostic> diagnostics) {

    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
