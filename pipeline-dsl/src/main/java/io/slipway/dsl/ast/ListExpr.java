package io.slipway.dsl.ast;

import java.util.List;

/** {@code [a, b, c]}. */
public record ListExpr(List<Expr> elements, SourcePos pos) implements Expr {

    public ListExpr {
        elements = List.copyOf(elements);
    }
}
