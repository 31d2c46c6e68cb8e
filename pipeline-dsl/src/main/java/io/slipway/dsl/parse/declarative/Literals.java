package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.UnaryOp;
import io.slipway.dsl.ast.VariableExpr;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Constants read out of Groovy expressions where a declarative value must be known before the build:
 * booleans, whole numbers (also written as strings, as {@code logRotator(numToKeepStr: '10')} does),
 * and plain words such as {@code unit: MINUTES}.
 */
public final class Literals {

    private Literals() {
    }

    public static Optional<Boolean> bool(Expr expr) {
        if (expr instanceof ConstantExpr c && c.value() instanceof Boolean b) {
            return Optional.of(b);
        }
        if (expr instanceof ConstantExpr c && c.value() instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }

    public static Optional<Long> whole(Expr expr) {
        if (expr instanceof ConstantExpr c) {
            Object v = c.value();
            if (v instanceof Integer || v instanceof Long) {
                return Optional.of(((Number) v).longValue());
            }
            if (v instanceof BigInteger b && b.bitLength() < 64) {
                return Optional.of(b.longValue());
            }
            if (v instanceof String s) {
                try {
                    return Optional.of(Long.parseLong(s.trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        if (expr instanceof UnaryExpr u && u.op() == UnaryOp.NEGATE) {
            return whole(u.operand()).map(v -> -v);
        }
        return Optional.empty();
    }

    /** A string literal, or a bare word or dotted name ({@code MINUTES}, {@code hudson.model.Result.SUCCESS}). */
    public static Optional<String> word(Expr expr) {
        if (expr instanceof VariableExpr v) {
            return Optional.of(v.name());
        }
        if (expr instanceof io.slipway.dsl.ast.PropertyExpr p) {
            return word(p.target()).map(t -> t + "." + p.name());
        }
        return ExprText.literal(expr);
    }
}
