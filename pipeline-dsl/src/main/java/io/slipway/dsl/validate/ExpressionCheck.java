package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * Checks Groovy that the engine will evaluate ({@code when { expression { } }}, {@code script { }} blocks),
 * reporting constructs the evaluator cannot run, so that they fail validation instead of giving a wrong
 * answer at run time.
 */
@FunctionalInterface
public interface ExpressionCheck {

    List<Diagnostic> check(List<Stmt> body);

    static ExpressionCheck acceptAll() {
        return body -> List.of();
    }
}
