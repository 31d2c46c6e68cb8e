package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * One {@code when} condition as written: its name ({@code branch}, {@code expression}, {@code allOf}...,
 * or an unknown word), its arguments, the nested conditions of {@code not}/{@code allOf}/{@code anyOf}
 * and the raw block of {@code expression { }}.
 */
public record ConditionNode(String name, List<Expr> args, List<NamedArg> named, List<ConditionNode> children,
                            Optional<ClosureExpr> block, SourcePos pos) {

    public ConditionNode {
        args = List.copyOf(args);
        named = List.copyOf(named);
        children = List.copyOf(children);
    }

    public Optional<NamedArg> arg(String key) {
        return named.stream().filter(a -> a.name().equals(key)).findFirst();
    }
}
