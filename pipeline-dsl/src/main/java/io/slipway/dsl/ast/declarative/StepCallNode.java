package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A step call in any Groovy form, with its arguments kept as Groovy. A block step
 * ({@code dir('x') { ... }}, {@code retry(3) { ... }}) has its nested steps in {@code body}; a step
 * without a block has none. {@code call} is the syntax node it was read from.
 */
public record StepCallNode(String name, List<Expr> args, List<NamedArg> named, Optional<List<StepNode>> body,
                           MethodCallExpr call, SourcePos pos) implements StepNode {

    public StepCallNode {
        args = List.copyOf(args);
        named = List.copyOf(named);
        body = body.map(List::copyOf);
    }
}
