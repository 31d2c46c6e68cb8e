package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * The expression check for a pipeline that loads shared libraries: library classes and global variables
 * ({@code new org.example.Helper(this)}) are real at run time but unknown here, so what the evaluator cannot
 * run is reported as a warning instead of an error.
 */
final class LibraryTolerantCheck implements ExpressionCheck {

    private final ExpressionCheck delegate;

    LibraryTolerantCheck(ExpressionCheck delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Diagnostic> checkBody(List<Stmt> body) {
        return soften(delegate.checkBody(body));
    }

    @Override
    public List<Diagnostic> checkExpr(Expr expr) {
        return soften(delegate.checkExpr(expr));
    }

    private static List<Diagnostic> soften(List<Diagnostic> found) {
        return found.stream().map(d -> d.isError()
                ? Diagnostic.warning(d.pos(), d.message() + " (it may come from a shared library)",
                        d.hint().orElse(null))
                : d).toList();
    }
}
