package io.slipway.dsl.parse;

import io.slipway.dsl.ast.BinaryOp;

/**
 * Which tokens are binary operators at which precedence level of {@link ExpressionParser}, and the
 * {@link BinaryOp} each stands for. {@code >>} is two {@code >} tokens side by side, because the lexer
 * keeps them apart for generics such as {@code List<List<String>>}.
 */
final class OperatorTable {

    private OperatorTable() {
    }

    /** How many tokens make the operator at {@code level} starting with {@code t}; 0 when there is none. */
    static int width(int level, Token t, Token next) {
        boolean match = switch (level) {
            case 0 -> t.is(TokenKind.OR);
            case 1 -> t.is(TokenKind.AND);
            case 2 -> t.is(TokenKind.BIT_OR);
            case 3 -> t.is(TokenKind.BIT_XOR);
            case 4 -> t.is(TokenKind.BIT_AND);
            case 5 -> switch (t.kind()) {
                case EQ, NE, COMPARE, FIND, MATCH, IDENTICAL, NOT_IDENTICAL -> true;
                default -> false;
            };
            case 6 -> switch (t.kind()) {
                case LT, LE, GE, NOT_IN, NOT_INSTANCEOF -> true;
                case GT -> !(next.is(TokenKind.GT) && t.touches(next));
                case KEYWORD -> t.text().equals("in") || t.text().equals("instanceof") || t.text().equals("as");
                default -> false;
            };
            case 7 -> switch (t.kind()) {
                case SHL, RANGE, RANGE_EXCLUSIVE -> true;
                case GT -> next.is(TokenKind.GT) && t.touches(next);
                default -> false;
            };
            case 8 -> t.is(TokenKind.PLUS) || t.is(TokenKind.MINUS);
            case 9 -> t.is(TokenKind.STAR) || t.is(TokenKind.SLASH) || t.is(TokenKind.PERCENT);
            default -> false;
        };
        if (!match) {
            return 0;
        }
        return t.is(TokenKind.GT) && level == 7 ? 2 : 1;
    }

    static BinaryOp binaryOp(Token t, int width) {
        if (width == 2) {
            return BinaryOp.SHIFT_RIGHT;
        }
        return switch (t.kind()) {
            case OR -> BinaryOp.OR;
            case AND -> BinaryOp.AND;
            case BIT_OR -> BinaryOp.BIT_OR;
            case BIT_XOR -> BinaryOp.BIT_XOR;
            case BIT_AND -> BinaryOp.BIT_AND;
            case EQ, IDENTICAL -> BinaryOp.EQUAL;
            case NE, NOT_IDENTICAL -> BinaryOp.NOT_EQUAL;
            case COMPARE -> BinaryOp.COMPARE;
            case FIND -> BinaryOp.FIND;
            case MATCH -> BinaryOp.MATCH;
            case LT -> BinaryOp.LESS;
            case LE -> BinaryOp.LESS_EQUAL;
            case GT -> BinaryOp.GREATER;
            case GE -> BinaryOp.GREATER_EQUAL;
            case NOT_IN -> BinaryOp.NOT_IN;
            case SHL -> BinaryOp.SHIFT_LEFT;
            case PLUS -> BinaryOp.PLUS;
            case MINUS -> BinaryOp.MINUS;
            case STAR -> BinaryOp.MULTIPLY;
            case SLASH -> BinaryOp.DIVIDE;
            case PERCENT -> BinaryOp.MODULO;
            case KEYWORD -> BinaryOp.IN;
            default -> throw new IllegalStateException("not a binary operator: " + t.text());
        };
    }
}
