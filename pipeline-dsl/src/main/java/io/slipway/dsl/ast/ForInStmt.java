package io.slipway.dsl.ast;

import java.util.List;

/** {@code for (x in iterable) { }} and {@code for (def x : iterable) { }}. */
public record ForInStmt(String variable, Expr iterable, List<Stmt> body, SourcePos pos) implements Stmt {

    public ForInStmt {
        body = List.copyOf(body);
    }
}
