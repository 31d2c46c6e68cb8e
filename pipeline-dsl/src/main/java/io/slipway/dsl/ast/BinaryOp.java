package io.slipway.dsl.ast;

/** The binary operators of the Groovy subset, with the spelling a user typed. */
public enum BinaryOp {
    PLUS("+"), MINUS("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("**"),
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="),
    COMPARE("<=>"), AND("&&"), OR("||"), FIND("=~"), MATCH("==~"), IN("in"), NOT_IN("!in"),
    INSTANCEOF("instanceof"), BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
