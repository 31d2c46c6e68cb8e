package io.slipway.dsl.ast;

import java.util.List;
import java.util.Optional;

/** {@code for (int i = 0; i < n; i++) { }}. */
public record ClassicForStmt(Optional<Stmt> init, Optional<Expr> condition, Optional<Stmt> update,
                             List<Stmt> body, SourcePos pos) implements Stmt {

    public ClassicForStmt {
        body = List.copyOf(body);
    }
}
