package io.slipway.dsl.expr;

import io.slipway.dsl.ast.BinaryOp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Groovy's binary operators on evaluated operands ({@code &&}, {@code ||} short-circuit in the evaluator). */
final class Operators {

    private Operators() {
    }

    static Object apply(BinaryOp op, Object a, Object b) {
        return switch (op) {
            case PLUS -> plus(a, b);
            case MINUS -> minus(a, b);
            case MULTIPLY -> multiply(a, b);
            case DIVIDE -> GroovyNumbers.divide(number(op, a, b, a), number(op, a, b, b));
            case MODULO -> GroovyNumbers.remainder(number(op, a, b, a), number(op, a, b, b));
            case POWER -> GroovyNumbers.power(number(op, a, b, a), number(op, a, b, b));
            case EQUAL -> GroovyEquality.equal(a, b);
            case NOT_EQUAL -> !GroovyEquality.equal(a, b);
            case LESS -> GroovyEquality.compare(a, b) < 0;
            case LESS_EQUAL -> GroovyEquality.compare(a, b) <= 0;
            case GREATER -> GroovyEquality.compare(a, b) > 0;
            case GREATER_EQUAL -> GroovyEquality.compare(a, b) >= 0;
            case COMPARE -> GroovyEquality.compare(a, b);
            case AND -> GroovyTruth.test(a) && GroovyTruth.test(b);
            case OR -> GroovyTruth.test(a) || GroovyTruth.test(b);
            case FIND -> pattern(b).matcher(text(op, a));
            case MATCH -> pattern(b).matcher(text(op, a)).matches();
            case IN -> GroovyEquality.isCase(b, a);
            case NOT_IN -> !GroovyEquality.isCase(b, a);
            case INSTANCEOF -> b instanceof TypeRef t ? t.isInstance(a) : fail(op, a, b);
            case BIT_AND -> bits(op, a, b, (x, y) -> x & y);
            case BIT_OR -> bits(op, a, b, (x, y) -> x | y);
            case BIT_XOR -> bits(op, a, b, (x, y) -> x ^ y);
            case SHIFT_LEFT -> leftShift(a, b);
            case SHIFT_RIGHT -> bits(op, a, b, (x, y) -> x >> y);
        };
    }

    static Object plus(Object a, Object b) {
        if (a instanceof String || b instanceof String && !(a instanceof Collection) && !(a instanceof Map)) {
            return GroovyText.render(a) + GroovyText.render(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return GroovyNumbers.add(GroovyNumbers.normalize(x), GroovyNumbers.normalize(y));
        }
        if (a instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c);
            if (b instanceof Collection<?> more) {
                out.addAll(more);
            } else {
                out.add(b);
            }
            return out;
        }
        if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> more) {
            Map<Object, Object> out = new LinkedHashMap<>(m);
            out.putAll(more);
            return out;
        }
        return fail(BinaryOp.PLUS, a, b);
    }

    static Object minus(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return GroovyNumbers.subtract(GroovyNumbers.normalize(x), GroovyNumbers.normalize(y));
        }
        if (a instanceof String s) {
            String remove = GroovyText.render(b);
            int at = s.indexOf(remove);
            return at < 0 ? s : s.substring(0, at) + s.substring(at + remove.length());
        }
        if (a instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object e : c) {
                boolean drop = b instanceof Collection<?> all ? GroovyEquality.contains(all, e) : GroovyEquality.equal(e, b);
                if (!drop) {
                    out.add(e);
                }
            }
            return out;
        }
        if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> other) {
            Map<Object, Object> out = new LinkedHashMap<>(m);
            other.forEach((k, v) -> {
                if (out.containsKey(k) && GroovyEquality.equal(out.get(k), v)) {
                    out.remove(k);
                }
            });
            return out;
        }
        return fail(BinaryOp.MINUS, a, b);
    }

    static Object multiply(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return GroovyNumbers.multiply(GroovyNumbers.normalize(x), GroovyNumbers.normalize(y));
        }
        if (a instanceof String s && b instanceof Number n && GroovyNumbers.isIntegral(n)) {
            if (n.intValue() < 0) {
                throw ScriptFault.illegalArgument("String multiplication by a negative number: " + n);
            }
            return s.repeat(n.intValue());
        }
        if (a instanceof Collection<?> c && b instanceof Number n && GroovyNumbers.isIntegral(n)) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.intValue(); i++) {
                out.addAll(c);
            }
            return out;
        }
        return fail(BinaryOp.MULTIPLY, a, b);
    }

    @SuppressWarnings("unchecked")
    static Object leftShift(Object a, Object b) {
        if (a instanceof Collection<?> c) {
            ((Collection<Object>) c).add(b);
            return c;
        }
        if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> more) {
            ((Map<Object, Object>) m).putAll(more);
            return m;
        }
        if (a instanceof Map<?, ?> m && b instanceof Map.Entry<?, ?> e) {
            ((Map<Object, Object>) m).put(e.getKey(), e.getValue());
            return m;
        }
        return bits(BinaryOp.SHIFT_LEFT, a, b, (x, y) -> x << y);
    }

    private interface LongOp {
        long apply(long x, long y);
    }

    private static Object bits(BinaryOp op, Object a, Object b, LongOp f) {
        if (a instanceof Boolean x && b instanceof Boolean y && op != BinaryOp.SHIFT_LEFT && op != BinaryOp.SHIFT_RIGHT) {
            return f.apply(x ? 1 : 0, y ? 1 : 0) != 0;
        }
        if (a instanceof Number x && b instanceof Number y && GroovyNumbers.isIntegral(x) && GroovyNumbers.isIntegral(y)
                && !(x instanceof java.math.BigInteger) && !(y instanceof java.math.BigInteger)) {
            long r = f.apply(x.longValue(), y.longValue());
            boolean isLong = x instanceof Long || (y instanceof Long && op != BinaryOp.SHIFT_LEFT && op != BinaryOp.SHIFT_RIGHT);
            return isLong ? (Object) r : (Object) (int) (op == BinaryOp.SHIFT_LEFT ? x.intValue() << y.intValue() : r);
        }
        return fail(op, a, b);
    }

    static Pattern pattern(Object p) {
        if (p instanceof Pattern pattern) {
            return pattern;
        }
        if (p == null) {
            throw ScriptFault.nullPointer("Cannot use null as a regular expression");
        }
        return Pattern.compile(GroovyText.render(p));
    }

    private static String text(BinaryOp op, Object a) {
        if (a == null) {
            throw ScriptFault.nullPointer("Cannot match null with '" + op.symbol() + "'");
        }
        return GroovyText.render(a);
    }

    private static Number number(BinaryOp op, Object a, Object b, Object which) {
        if (which instanceof Number n) {
            return GroovyNumbers.normalize(n);
        }
        fail(op, a, b);
        return null;
    }

    static Matcher matcher(Object pattern, Object text) {
        return pattern(pattern).matcher(GroovyText.render(text));
    }

    private static Object fail(BinaryOp op, Object a, Object b) {
        if (a == null) {
            throw ScriptFault.nullPointer(ExprMessages.nullOperand(op.symbol()));
        }
        throw ScriptFault.missingMethod(ExprMessages.operatorNotApplicable(op.symbol(), GroovyTypes.name(a), GroovyTypes.name(b)));
    }
}
