package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.VariableExpr;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Short source-like text of an expression, for messages and for names written as GStrings
 * ({@code stage("Build ${PLATFORM}")}). Not a pretty-printer: deep constructs shorten to {@code ...}.
 */
public final class ExprText {

    private ExprText() {
    }

    public static String of(Expr expr) {
        if (expr instanceof ConstantExpr c) {
            return String.valueOf(c.value());
        }
        if (expr instanceof VariableExpr v) {
            return v.name();
        }
        if (expr instanceof PropertyExpr p) {
            return of(p.target()) + "." + p.name();
        }
        if (expr instanceof GStringExpr g) {
            StringBuilder out = new StringBuilder(g.strings().get(0));
            for (int i = 0; i < g.values().size(); i++) {
                out.append("${").append(of(g.values().get(i))).append('}').append(g.strings().get(i + 1));
            }
            return out.toString();
        }
        if (expr instanceof MethodCallExpr m) {
            String target = m.target().map(t -> of(t) + ".").orElse("");
            return target + m.name() + "(" + (m.args().isEmpty() && m.named().isEmpty() ? "" : "...") + ")";
        }
        if (expr instanceof BinaryExpr b) {
            return of(b.left()) + " " + b.op().symbol() + " " + of(b.right());
        }
        if (expr instanceof UnaryExpr u) {
            return u.op().symbol() + of(u.operand());
        }
        if (expr instanceof ListExpr l) {
            return l.elements().stream().map(ExprText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        return "...";
    }

    /** The text of a string literal or GString (as written, with its {@code ${}} parts), else empty. */
    public static Optional<String> stringOf(Expr expr) {
        if (expr instanceof ConstantExpr c && c.value() instanceof String s) {
            return Optional.of(s);
        }
        if (expr instanceof GStringExpr) {
            return Optional.of(of(expr));
        }
        return Optional.empty();
    }

    /** The value of a string literal without interpolation, else empty. */
    public static Optional<String> literal(Expr expr) {
        return expr instanceof ConstantExpr c && c.value() instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
