package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/** {@code when { ... }}: its conditions (all must hold) and the {@code before*} flags as written. */
public record WhenNode(List<ConditionNode> conditions, Optional<Expr> beforeAgent, Optional<Expr> beforeInput,
                       Optional<Expr> beforeOptions, SourcePos pos) {

    public WhenNode {
        conditions = List.copyOf(conditions);
    }
}
