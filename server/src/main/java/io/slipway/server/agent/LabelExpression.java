package io.slipway.server.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Jenkins label expression, as {@code agent { label '...' }} writes it: label atoms (letters, digits and
 * {@code - _ . : / + @ =}, or any text in double quotes), {@code !a}, {@code a && b}, {@code a || b},
 * {@code a -> b} (implies), {@code a <-> b} (if and only if) and parentheses, with Jenkins' precedence
 * (! over && over || over -> over <->). An empty expression matches every agent. Immutable.
 */
public sealed interface LabelExpression {

    /** Whether an agent with {@code labels} (its name counts as one of them, as in Jenkins) satisfies this. */
    boolean matches(Set<String> labels);

    /** The expression written back in canonical form. */
    String text();

    /** Parses {@code expression}; a {@link LabelSyntaxError} naming the 1-based position when it is not valid. */
    static LabelExpression parse(String expression) {
        return new LabelParser(expression).parse();
    }

    /** Every agent: the empty expression. */
    record Any() implements LabelExpression {
        public boolean matches(Set<String> labels) {
            return true;
        }

        public String text() {
            return "";
        }
    }

    /** One label. */
    record Atom(String label) implements LabelExpression {
        public boolean matches(Set<String> labels) {
            return labels.contains(label);
        }

        public String text() {
            return label.chars().allMatch(c -> LabelParser.isAtomChar((char) c)) ? label : '"' + label + '"';
        }
    }

    /** {@code !e}. */
    record Not(LabelExpression operand) implements LabelExpression {
        public boolean matches(Set<String> labels) {
            return !operand.matches(labels);
        }

        public String text() {
            return "!" + group(operand);
        }
    }

    /** A binary operator: {@code &&}, {@code ||}, {@code ->}, {@code <->}. */
    record Binary(String operator, LabelExpression left, LabelExpression right) implements LabelExpression {
        public boolean matches(Set<String> labels) {
            boolean l = left.matches(labels);
            return switch (operator) {
                case "&&" -> l && right.matches(labels);
                case "||" -> l || right.matches(labels);
                case "->" -> !l || right.matches(labels);
                case "<->" -> l == right.matches(labels);
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        public String text() {
            return group(left) + " " + operator + " " + group(right);
        }
    }

    private static String group(LabelExpression e) {
        return e instanceof Binary ? "(" + e.text() + ")" : e.text();
    }

    /** The atoms of {@code expression} (for messages: "no agent has label x"). */
    static List<String> atoms(LabelExpression expression) {
        List<String> out = new ArrayList<>();
        collect(expression, out);
        return out;
    }

    private static void collect(LabelExpression e, List<String> out) {
        if (e instanceof Atom a) {
            out.add(a.label());
        } else if (e instanceof Not n) {
            collect(n.operand(), out);
        } else if (e instanceof Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }
}
