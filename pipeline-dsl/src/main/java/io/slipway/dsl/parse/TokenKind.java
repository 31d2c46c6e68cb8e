package io.slipway.dsl.parse;

/**
 * The kinds of token the lexer produces. Operators and punctuation carry the spelling the user typed,
 * so that messages can quote it; words are {@link #IDENT} or {@link #KEYWORD} and literals carry their
 * decoded value in {@link Token#value()}.
 */
enum TokenKind {
    IDENT(null), KEYWORD(null), STRING(null), GSTRING(null), NUMBER(null),
    NEWLINE(null), SEMI(";"), EOF(null), ERROR(null),
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
    COMMA(","), DOT("."), SAFE_DOT("?."), SPREAD_DOT("*."), METHOD_POINTER(".&"), FIELD_ACCESS(".@"),
    TRIPLE_DOT("..."), RANGE(".."), RANGE_EXCLUSIVE("..<"), COLON(":"), DOUBLE_COLON("::"),
    QUESTION("?"), ELVIS("?:"), SAFE_INDEX("?["), ARROW("->"), AT("@"),
    ASSIGN("="), PLUS_ASSIGN("+="), MINUS_ASSIGN("-="), STAR_ASSIGN("*="), SLASH_ASSIGN("/="),
    PERCENT_ASSIGN("%="), POWER_ASSIGN("**="), ELVIS_ASSIGN("?="), AND_ASSIGN("&="), OR_ASSIGN("|="),
    XOR_ASSIGN("^="), SHL_ASSIGN("<<="),
    EQ("=="), NE("!="), IDENTICAL("==="), NOT_IDENTICAL("!=="), COMPARE("<=>"), FIND("=~"), MATCH("==~"),
    LT("<"), LE("<="), GT(">"), GE(">="), AND("&&"), OR("||"), NOT("!"), NOT_IN("!in"),
    NOT_INSTANCEOF("!instanceof"), BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), TILDE("~"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), POWER("**"), INC("++"), DEC("--"),
    SHL("<<");

    private final String symbol;

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The operator's spelling, or {@code null} for words, literals and markers. */
    String symbol() {
        return symbol;
    }

    boolean isAssignment() {
        return switch (this) {
            case ASSIGN, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN, SLASH_ASSIGN, PERCENT_ASSIGN, POWER_ASSIGN,
                    ELVIS_ASSIGN, AND_ASSIGN, OR_ASSIGN, XOR_ASSIGN, SHL_ASSIGN -> true;
            default -> false;
        };
    }
}
