package io.slipway.dsl.ast;

/** Prefix and postfix operators. */
public enum UnaryOp {
    NOT("!"), NEGATE("-"), PLUS("+"), BIT_NOT("~"),
    PRE_INCREMENT("++"), PRE_DECREMENT("--"), POST_INCREMENT("++"), POST_DECREMENT("--");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
