package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * Checks Groovy that the engine will evaluate ({@code when { expression { } }}, {@code script { }} blocks,
 * step arguments, environment values), reporting constructs the evaluator cannot run, so that they fail
 * validation instead of giving a wrong answer at run time. Implementations are thread-safe.
 */
public interface ExpressionCheck {

    /** Checks a body of statements: a {@code script} block or an {@code expression} condition. */
    List<Diagnostic> checkBody(List<Stmt> body);

    /** Checks one expression: a step argument, an environment value. */
    List<Diagnostic> checkExpr(Expr expr);

    static ExpressionCheck acceptAll() {
        return new ExpressionCheck() {
            @Override
            public List<Diagnostic> checkBody(List<Stmt> body) {
                return List.of();
            }

            @Override
            public List<Diagnostic> checkExpr(Expr expr) {
                return List.of();
            }
        };
    }
}
