package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a declarative block seen as {@code name args { block }}: a call on the script
 * ({@code agent any}, {@code stage('x') { }}, {@code label 'x'}) or a bare word ({@code steps}).
 * A closure passed as the last argument inside the parentheses counts as the block.
 */
record Directive(String name, List<Expr> args, List<NamedArg> named, Optional<ClosureExpr> block,
                 boolean bareWord, SourcePos pos) {

    static Optional<Directive> of(Stmt stmt) {
        if (!(stmt instanceof ExprStmt es)) {
            return Optional.empty();
        }
        if (es.expr() instanceof VariableExpr v) {
            return Optional.of(new Directive(v.name(), List.of(), List.of(), Optional.empty(), true, v.pos()));
        }
        if (es.expr() instanceof MethodCallExpr call && call.target().isEmpty()) {
            List<Expr> args = new ArrayList<>(call.args());
            Optional<ClosureExpr> block = call.closure();
            if (block.isEmpty() && !args.isEmpty() && args.get(args.size() - 1) instanceof ClosureExpr c) {
                block = Optional.of(c);
                args.remove(args.size() - 1);
            }
            return Optional.of(new Directive(call.name(), args, call.named(), block, false, call.pos()));
        }
        return Optional.empty();
    }

    /** The only positional argument, when there is exactly one and no named ones. */
    Optional<Expr> single() {
        return args.size() == 1 && named.isEmpty() ? Optional.of(args.get(0)) : Optional.empty();
    }

    boolean hasArgs() {
        return !args.isEmpty() || !named.isEmpty();
    }
}
