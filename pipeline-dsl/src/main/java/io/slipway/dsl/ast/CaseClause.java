package io.slipway.dsl.ast;

import java.util.List;

/** {@code case a: case b: statements}: labels that share one body (Groovy falls through until {@code break}). */
public record CaseClause(List<Expr> values, List<Stmt> body, SourcePos pos) {

    public CaseClause {
        values = List.copyOf(values);
        body = List.copyOf(body);
    }
}
