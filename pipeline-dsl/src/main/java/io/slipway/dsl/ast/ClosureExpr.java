package io.slipway.dsl.ast;

import java.util.List;

/**
 * {@code { a, b -> statements }}. Declarative sections ({@code stages { }}, {@code steps { }}) are
 * closures too; their {@code params} are empty. A closure without declared parameters has the implicit
 * {@code it}.
 */
public record ClosureExpr(List<String> params, List<Stmt> body, SourcePos pos) implements Expr {

    public ClosureExpr {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
