package io.slipway.dsl.ast;

import java.util.List;
import java.util.Optional;

/**
 * A call in any of Groovy's forms: {@code sh 'x'}, {@code sh('x')}, {@code sh script: 'x', returnStdout: true},
 * {@code dir('x') { ... }}, {@code "a,b".split(',')}, {@code list.each { it -> ... }}.
 * <p>
 * {@code target} is absent for a call on the script itself (every step, every declarative directive).
 * {@code args} are the positional arguments, {@code named} the named ones in source order, and
 * {@code closure} the trailing closure written after the call ({@code stage('x') { ... }}); a closure
 * passed inside the parentheses stays in {@code args}. {@code safe} is {@code ?.}.
 */
public record MethodCallExpr(Optional<Expr> target, String name, List<Expr> args, List<NamedArg> named,
                             Optional<ClosureExpr> closure, boolean safe, SourcePos pos) implements Expr {

    public MethodCallExpr {
        args = List.copyOf(args);
        named = List.copyOf(named);
    }
}
