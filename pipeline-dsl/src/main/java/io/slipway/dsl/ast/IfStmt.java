package io.slipway.dsl.ast;

import java.util.List;

/** {@code if (c) { } else { }}; an {@code else if} is a single {@link IfStmt} in {@code otherwise}. */
public record IfStmt(Expr condition, List<Stmt> then, List<Stmt> otherwise, SourcePos pos) implements Stmt {

    public IfStmt {
        then = List.copyOf(then);
        otherwise = List.copyOf(otherwise);
    }
}
