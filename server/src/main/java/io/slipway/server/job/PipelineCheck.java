package io.slipway.server.job;

import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.parse.GroovyParser;
import java.util.List;

/**
 * Checks pipeline text before it is stored or run, returning its error diagnostics (empty when it
 * is valid). Stateless and thread-safe.
 */
public final class PipelineCheck {

    /** Every error in {@code text}, each naming {@code file}, line and column. */
    public List<Diagnostic> errors(String file, String text) {
        return GroovyParser.parse(file, text).diagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
