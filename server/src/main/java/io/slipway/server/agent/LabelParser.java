package io.slipway.server.agent;

/** Recursive descent over a label expression; see {@link LabelExpression} for the grammar. */
final class LabelParser {

    private final String text;
    private int pos;

    LabelParser(String text) {
        this.text = text == null ? "" : text;
    }

    static boolean isAtomChar(char c) {
        return Character.isLetterOrDigit(c) || "-_.:/+@=%,".indexOf(c) >= 0;
    }

    LabelExpression parse() {
        skipSpace();
        if (pos == text.length()) {
            return new LabelExpression.Any();
        }
        LabelExpression e = iff();
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return e;
    }

    private LabelExpression iff() {
        LabelExpression left = implies();
        while (accept("<->")) {
            left = new LabelExpression.Binary("<->", left, implies());
        }
        return left;
    }

    private LabelExpression implies() {
        LabelExpression left = or();
        while (accept("->")) {
            left = new LabelExpression.Binary("->", left, or());
        }
        return left;
    }

    private LabelExpression or() {
        LabelExpression left = and();
        while (accept("||")) {
            left = new LabelExpression.Binary("||", left, and());
        }
        return left;
    }

    private LabelExpression and() {
        LabelExpression left = not();
        while (accept("&&")) {
            left = new LabelExpression.Binary("&&", left, not());
        }
        return left;
    }

    private LabelExpression not() {
        if (accept("!")) {
            return new LabelExpression.Not(not());
        }
        return primary();
    }

    private LabelExpression primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a label, '!' or '(' but the expression ended");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            int open = pos;
            pos++;
            LabelExpression inner = iff();
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new LabelSyntaxError(text, open + 1, "'(' is never closed");
            }
            pos++;
            return inner;
        }
        if (c == '"') {
            int start = ++pos;
            while (pos < text.length() && text.charAt(pos) != '"') {
                pos++;
            }
            if (pos >= text.length()) {
                throw new LabelSyntaxError(text, start, "the quoted label is never closed");
            }
            String label = text.substring(start, pos++);
            return new LabelExpression.Atom(label);
        }
        int start = pos;
        while (pos < text.length() && isAtomChar(text.charAt(pos))
                && !text.startsWith("->", pos)) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a label, '!' or '(' but found '" + c + "'");
        }
        return new LabelExpression.Atom(text.substring(start, pos));
    }

    private boolean accept(String operator) {
        skipSpace();
        if (text.startsWith(operator, pos)) {
            pos += operator.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private LabelSyntaxError error(String problem) {
        return new LabelSyntaxError(text, pos + 1, problem);
    }
}
