package io.slipway.dsl.ast;

import java.util.List;

/** {@code while (c) { }}. */
public record WhileStmt(Expr condition, List<Stmt> body, SourcePos pos) implements Stmt {

    public WhileStmt {
        body = List.copyOf(body);
    }
}
