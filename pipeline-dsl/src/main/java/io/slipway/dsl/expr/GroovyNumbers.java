package io.slipway.dsl.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Groovy's arithmetic: the operands are promoted to the wider of Integer, Long, BigInteger, BigDecimal
 * and Double; {@code /} on non-floating operands gives a BigDecimal ({@code 7/2 == 3.5}) with Groovy's
 * precision for non-terminating quotients, and {@code intdiv} divides integers.
 */
final class GroovyNumbers {

    /** Groovy's defaults for a non-terminating division (BigDecimalMath). */
    private static final int DIVISION_EXTRA_PRECISION = 10;
    private static final int DIVISION_MIN_SCALE = 10;

    private GroovyNumbers() {
    }

    enum Kind { INT, LONG, BIG_INTEGER, DECIMAL, DOUBLE }

    static Kind kind(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Kind.DOUBLE;
        }
        if (n instanceof BigDecimal) {
            return Kind.DECIMAL;
        }
        if (n instanceof BigInteger) {
            return Kind.BIG_INTEGER;
        }
        if (n instanceof Long) {
            return Kind.LONG;
        }
        return Kind.INT;
    }

    static Kind widest(Number a, Number b) {
        Kind ka = kind(a);
        Kind kb = kind(b);
        return ka.ordinal() >= kb.ordinal() ? ka : kb;
    }

    static Number add(Number a, Number b) {
        return switch (widest(a, b)) {
            case INT -> a.intValue() + b.intValue();
            case LONG -> a.longValue() + b.longValue();
            case BIG_INTEGER -> big(a).add(big(b));
            case DECIMAL -> decimal(a).add(decimal(b));
            case DOUBLE -> a.doubleValue() + b.doubleValue();
        };
    }

    static Number subtract(Number a, Number b) {
        return switch (widest(a, b)) {
            case INT -> a.intValue() - b.intValue();
            case LONG -> a.longValue() - b.longValue();
            case BIG_INTEGER -> big(a).subtract(big(b));
            case DECIMAL -> decimal(a).subtract(decimal(b));
            case DOUBLE -> a.doubleValue() - b.doubleValue();
        };
    }

    static Number multiply(Number a, Number b) {
        return switch (widest(a, b)) {
            case INT -> a.intValue() * b.intValue();
            case LONG -> a.longValue() * b.longValue();
            case BIG_INTEGER -> big(a).multiply(big(b));
            case DECIMAL -> decimal(a).multiply(decimal(b));
            case DOUBLE -> a.doubleValue() * b.doubleValue();
        };
    }

    static Number divide(Number a, Number b) {
        if (widest(a, b) == Kind.DOUBLE) {
            return a.doubleValue() / b.doubleValue();
        }
        BigDecimal left = decimal(a);
        BigDecimal right = decimal(b);
        if (right.signum() == 0) {
            throw new ArithmeticException("Division by zero");
        }
        try {
            return left.divide(right);
        } catch (ArithmeticException nonTerminating) {
            int precision = Math.max(left.precision(), right.precision()) + DIVISION_EXTRA_PRECISION;
            BigDecimal result = left.divide(right, new MathContext(precision));
            int scale = Math.max(Math.max(left.scale(), right.scale()), DIVISION_MIN_SCALE);
            return result.scale() > scale ? result.setScale(scale, RoundingMode.HALF_UP) : result;
        }
    }

    static Number intdiv(Number a, Number b) {
        Kind k = widest(a, b);
        if (k == Kind.DECIMAL || k == Kind.DOUBLE) {
            throw new ScriptFault("intdiv() is only defined for integers, not " + GroovyTypes.name(
                    kind(a).ordinal() >= Kind.DECIMAL.ordinal() ? a : b), "groovy.lang.MissingMethodException");
        }
        return switch (k) {
            case INT -> a.intValue() / b.intValue();
            case LONG -> a.longValue() / b.longValue();
            default -> big(a).divide(big(b));
        };
    }

    static Number remainder(Number a, Number b) {
        return switch (widest(a, b)) {
            case INT -> a.intValue() % b.intValue();
            case LONG -> a.longValue() % b.longValue();
            case BIG_INTEGER -> big(a).remainder(big(b));
            case DECIMAL -> decimal(a).remainder(decimal(b));
            case DOUBLE -> a.doubleValue() % b.doubleValue();
        };
    }

    /** {@code a ** b}: integers stay integers while they fit, widening to Long and BigInteger. */
    static Number power(Number a, Number b) {
        Kind ka = kind(a);
        boolean integralExponent = kind(b).ordinal() <= Kind.BIG_INTEGER.ordinal();
        if (integralExponent && b.longValue() >= 0 && b.longValue() <= 100_000) {
            int exp = b.intValue();
            if (ka.ordinal() <= Kind.BIG_INTEGER.ordinal()) {
                return narrow(big(a).pow(exp), ka);
            }
            if (ka == Kind.DECIMAL) {
                return decimal(a).pow(exp);
            }
        }
        return Math.pow(a.doubleValue(), b.doubleValue());
    }

    private static Number narrow(BigInteger value, Kind atLeast) {
        if (atLeast == Kind.INT && value.bitLength() < 32) {
            return value.intValue();
        }
        if (atLeast.ordinal() <= Kind.LONG.ordinal() && value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    static Number negate(Number a) {
        return switch (kind(a)) {
            case INT -> -a.intValue();
            case LONG -> -a.longValue();
            case BIG_INTEGER -> big(a).negate();
            case DECIMAL -> decimal(a).negate();
            case DOUBLE -> -a.doubleValue();
        };
    }

    static Number abs(Number a) {
        return compare(a, 0) < 0 ? negate(a) : a;
    }

    static int compare(Number a, Number b) {
        if (widest(a, b) == Kind.DOUBLE) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return decimal(a).compareTo(decimal(b));
    }

    static boolean isZero(Number n) {
        return kind(n) == Kind.DOUBLE ? n.doubleValue() == 0.0 : decimal(n).signum() == 0;
    }

    static boolean isIntegral(Number n) {
        return kind(n).ordinal() <= Kind.BIG_INTEGER.ordinal();
    }

    /** Shorts and bytes (from casts) behave as Integer. */
    static Number normalize(Number n) {
        if (n instanceof Short || n instanceof Byte) {
            return n.intValue();
        }
        if (n instanceof Float f) {
            return f.doubleValue();
        }
        return n;
    }

    static BigInteger big(Number n) {
        if (n instanceof BigInteger b) {
            return b;
        }
        if (n instanceof BigDecimal d) {
            return d.toBigInteger();
        }
        return BigInteger.valueOf(n.longValue());
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** Groovy's {@code String.toInteger()}, {@code as Integer} and friends: a Java parse of the trimmed text. */
    static Number parse(String text, Kind kind) {
        String t = text.trim();
        return switch (kind) {
            case INT -> Integer.parseInt(t);
            case LONG -> Long.parseLong(t);
            case BIG_INTEGER -> new BigInteger(t);
            case DECIMAL -> new BigDecimal(t);
            case DOUBLE -> Double.parseDouble(t);
        };
    }
}
