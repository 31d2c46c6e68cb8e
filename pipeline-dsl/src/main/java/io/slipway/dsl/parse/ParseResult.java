package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ScriptAst;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * What {@link GroovyParser#parse} read: the syntax tree (as much of it as could be recovered when there
 * are errors) and every syntax diagnostic in source order.
 */
public record ParseResult(ScriptAst ast, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
