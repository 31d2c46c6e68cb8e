package io.slipway.dsl.expr;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.VariableExpr;

/**
 * Reading and writing an assignable place: a variable (the nearest declaration, else the script's
 * bindings), a property ({@code env.X}, {@code map.k}, {@code currentBuild.result}) or an element
 * ({@code list[0]}, {@code map['k']}). Shared by {@code =}, compound assignment and {@code ++}/{@code --}.
 */
final class Assignments {

    private Assignments() {
    }

    static Object load(Evaluator ev, Expr target, Scope scope) {
        return ev.eval(target, scope);
    }

    static void store(Evaluator ev, Expr target, Object value, Scope scope) {
        if (target instanceof VariableExpr v) {
            Object stored = scope.typeOf(v.name()).map(type -> Casts.cast(value, type)).orElse(value);
            scope.assign(v.name(), stored);
        } else if (target instanceof PropertyExpr p) {
            PropertyAccess.set(ev.eval(p.target(), scope), p.name(), value);
        } else if (target instanceof IndexExpr i) {
            Subscripts.set(ev.eval(i.target(), scope), ev.eval(i.index(), scope), value);
        } else {
            throw ScriptFault.unsupported(ExprMessages.notAssignable(target.getClass().getSimpleName()));
        }
    }
}
