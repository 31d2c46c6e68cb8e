package io.slipway.dsl.validate;

import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ElvisExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MapEntryExpr;
import io.slipway.dsl.ast.MapExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.NewExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.RangeExpr;
import io.slipway.dsl.ast.TernaryExpr;
import io.slipway.dsl.ast.UnaryExpr;
import java.util.function.Consumer;

/**
 * Visits an expression and every expression inside it, closures' bodies excepted (they are code of their
 * own, checked where they run).
 */
final class SyntaxWalk {

    private SyntaxWalk() {
    }

    static void each(Expr expr, Consumer<Expr> visitor) {
        visitor.accept(expr);
        if (expr instanceof MethodCallExpr m) {
            m.target().ifPresent(t -> each(t, visitor));
            m.args().forEach(a -> each(a, visitor));
            for (NamedArg n : m.named()) {
                each(n.value(), visitor);
            }
        } else if (expr instanceof GStringExpr g) {
            g.values().forEach(v -> each(v, visitor));
        } else if (expr instanceof PropertyExpr p) {
            each(p.target(), visitor);
        } else if (expr instanceof IndexExpr i) {
            each(i.target(), visitor);
            each(i.index(), visitor);
        } else if (expr instanceof ListExpr l) {
            l.elements().forEach(e -> each(e, visitor));
        } else if (expr instanceof MapExpr m) {
            for (MapEntryExpr e : m.entries()) {
                each(e.key(), visitor);
                each(e.value(), visitor);
            }
        } else if (expr instanceof BinaryExpr b) {
            each(b.left(), visitor);
            each(b.right(), visitor);
        } else if (expr instanceof UnaryExpr u) {
            each(u.operand(), visitor);
        } else if (expr instanceof TernaryExpr t) {
            each(t.condition(), visitor);
            each(t.whenTrue(), visitor);
            each(t.whenFalse(), visitor);
        } else if (expr instanceof ElvisExpr e) {
            each(e.value(), visitor);
            each(e.fallback(), visitor);
        } else if (expr instanceof RangeExpr r) {
            each(r.from(), visitor);
            each(r.to(), visitor);
        } else if (expr instanceof CastExpr c) {
            each(c.expr(), visitor);
        } else if (expr instanceof NewExpr n) {
            n.args().forEach(a -> each(a, visitor));
        } else if (expr instanceof ClosureExpr) {
            return;
        }
    }

    /**
     * The text inside {@code ${...}} written outside a string ({@code FOO = ${env.X}}), which Groovy reads as a
     * call of a method named {@code $} with a closure.
     */
    static java.util.Optional<String> bareDollarCurly(Expr expr) {
        if (expr instanceof MethodCallExpr m && m.target().isEmpty() && m.name().equals("$")) {
            ClosureExpr block = m.closure().orElse(m.args().size() == 1 && m.args().get(0) instanceof ClosureExpr c
                    ? c : null);
            if (block != null && block.body().size() == 1
                    && block.body().get(0) instanceof io.slipway.dsl.ast.ExprStmt es) {
                return java.util.Optional.of(io.slipway.dsl.parse.declarative.ExprText.of(es.expr()));
            }
            return java.util.Optional.of("...");
        }
        return java.util.Optional.empty();
    }

    /** True when {@code expr} is a call of {@code credentials(...)} on the script. */
    static boolean isCredentialsCall(Expr expr) {
        return expr instanceof MethodCallExpr m && m.target().isEmpty() && m.name().equals("credentials");
    }
}
