package io.slipway.dsl.ast;

import java.util.List;

/** {@code new Type(args)}; the evaluator accepts only a few types and names the others as unsupported. */
public record NewExpr(String type, List<Expr> args, SourcePos pos) implements Expr {

    public NewExpr {
        args = List.copyOf(args);
    }
}
