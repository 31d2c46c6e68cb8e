package io.slipway.dsl.expr;

import static io.slipway.dsl.expr.Args.closure;
import static io.slipway.dsl.expr.Args.number;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The methods of numbers: conversions, Groovy's loops ({@code times}, {@code upto}, {@code downto}) and arithmetic by name. */
final class NumberMethods {

    static final MethodTable<Number> TABLE = new MethodTable<Number>("Number")
            .add("abs", 0, (n, a) -> GroovyNumbers.abs(n))
            .add("toInteger", 0, (n, a) -> n.intValue())
            .add("intValue", 0, (n, a) -> n.intValue())
            .add("toLong", 0, (n, a) -> n.longValue())
            .add("longValue", 0, (n, a) -> n.longValue())
            .add("toDouble", 0, (n, a) -> n.doubleValue())
            .add("doubleValue", 0, (n, a) -> n.doubleValue())
            .add("toBigDecimal", 0, (n, a) -> GroovyNumbers.decimal(n))
            .add("toBigInteger", 0, (n, a) -> GroovyNumbers.big(n))
            .add("toString", 0, (n, a) -> GroovyText.render(n))
            .add("times", 1, (n, a) -> {
                ClosureValue c = closure(a, 0);
                Loops.check(n.longValue());
                for (int i = 0; i < n.intValue(); i++) {
                    c.call(i);
                }
                return null;
            })
            .add("upto", 2, (n, a) -> {
                ClosureValue c = closure(a, 1);
                Loops.check(number(a, 0).longValue() - n.longValue() + 1);
                for (long i = n.longValue(); i <= number(a, 0).longValue(); i++) {
                    c.call(narrow(i));
                }
                return null;
            })
            .add("downto", 2, (n, a) -> {
                ClosureValue c = closure(a, 1);
                Loops.check(n.longValue() - number(a, 0).longValue() + 1);
                for (long i = n.longValue(); i >= number(a, 0).longValue(); i--) {
                    c.call(narrow(i));
                }
                return null;
            })
            .add("intdiv", 1, (n, a) -> GroovyNumbers.intdiv(n, number(a, 0)))
            .add("plus", 1, (n, a) -> Operators.plus(n, a.get(0)))
            .add("minus", 1, (n, a) -> Operators.minus(n, a.get(0)))
            .add("multiply", 1, (n, a) -> Operators.multiply(n, a.get(0)))
            .add("div", 1, (n, a) -> GroovyNumbers.divide(n, number(a, 0)))
            .add("mod", 1, (n, a) -> GroovyNumbers.remainder(n, number(a, 0)))
            .add("power", 1, (n, a) -> GroovyNumbers.power(n, number(a, 0)))
            .add("compareTo", 1, (n, a) -> GroovyNumbers.compare(n, number(a, 0)))
            .add("equals", 1, (n, a) -> a.get(0) != null && n.getClass() == a.get(0).getClass() && n.equals(a.get(0)))
            .add("round", 0, (n, a) -> round(n, 0))
            .add("round", 1, (n, a) -> round(n, Args.integer(a, 0)))
            .add("asBoolean", 0, (n, a) -> GroovyTruth.test(n))
            .add("hashCode", 0, (n, a) -> n.hashCode());

    private NumberMethods() {
    }

    private static Number narrow(long i) {
        return i >= Integer.MIN_VALUE && i <= Integer.MAX_VALUE ? (Number) (int) i : (Number) i;
    }

    /** Groovy: {@code 2.5.round()} is 3 (a Long for doubles, an Integer for floats), {@code round(n)} keeps n places. */
    private static Number round(Number n, int places) {
        if (GroovyNumbers.isIntegral(n)) {
            return n;
        }
        if (places == 0 && n instanceof Double d) {
            return Math.round(d);
        }
        BigDecimal rounded = GroovyNumbers.decimal(n).setScale(places, RoundingMode.HALF_UP);
        if (n instanceof Double) {
            return rounded.doubleValue();
        }
        return rounded;
    }
}
