package io.slipway.dsl.expr;

import io.slipway.dsl.ast.UnaryExpr;
import java.util.regex.Pattern;

/** Prefix and postfix operators: {@code !}, {@code -}, {@code +}, {@code ~} (a regex pattern from a string), {@code ++}, {@code --}. */
final class Unary {

    private Unary() {
    }

    static Object apply(Evaluator ev, UnaryExpr u, Scope scope) {
        switch (u.op()) {
            case NOT:
                return !GroovyTruth.test(ev.eval(u.operand(), scope));
            case NEGATE:
                return GroovyNumbers.negate(number(ev.eval(u.operand(), scope), "-"));
            case PLUS:
                return number(ev.eval(u.operand(), scope), "+");
            case BIT_NOT: {
                Object v = ev.eval(u.operand(), scope);
                if (v instanceof String s) {
                    return Pattern.compile(s);
                }
                Number n = number(v, "~");
                return n instanceof Long l ? (Object) ~l : (Object) ~n.intValue();
            }
            default:
                return step(ev, u, scope);
        }
    }

    private static Object step(Evaluator ev, UnaryExpr u, Scope scope) {
        boolean increment = u.op() == io.slipway.dsl.ast.UnaryOp.PRE_INCREMENT || u.op() == io.slipway.dsl.ast.UnaryOp.POST_INCREMENT;
        boolean prefix = u.op() == io.slipway.dsl.ast.UnaryOp.PRE_INCREMENT || u.op() == io.slipway.dsl.ast.UnaryOp.PRE_DECREMENT;
        Object old = Assignments.load(ev, u.operand(), scope);
        Number n = number(old, u.op().symbol());
        Number updated = increment ? GroovyNumbers.add(n, 1) : GroovyNumbers.subtract(n, 1);
        Assignments.store(ev, u.operand(), updated, scope);
        return prefix ? updated : old;
    }

    private static Number number(Object v, String op) {
        if (v instanceof Number n) {
            return GroovyNumbers.normalize(n);
        }
        if (v == null) {
            throw ScriptFault.nullPointer(ExprMessages.nullOperand(op));
        }
        throw ScriptFault.missingMethod(ExprMessages.operatorNotApplicable(op, GroovyTypes.name(v), "nothing"));
    }
}
