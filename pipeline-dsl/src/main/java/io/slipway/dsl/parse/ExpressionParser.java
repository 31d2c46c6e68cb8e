package io.slipway.dsl.parse;

import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.BinaryOp;
import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.ElvisExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.RangeExpr;
import io.slipway.dsl.ast.TernaryExpr;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.UnaryOp;
import io.slipway.dsl.ast.VariableExpr;

/**
 * Groovy's operators by precedence, loosest first: ternary and elvis, {@code ||}, {@code &&}, {@code |},
 * {@code ^}, {@code &}, equality ({@code == != <=> =~ ==~}), relational ({@code < <= > >= in !in
 * instanceof as}), shift and range ({@code << >> .. ..<}), additive, multiplicative, prefix unary,
 * {@code **}, then postfix (see {@link PostfixParser}). A line that ends with an operator goes on on the
 * next line.
 */
final class ExpressionParser {

    private static final int LEVELS = 10;

    private final Parsers p;
    private final TokenStream ts;
    private final PostfixParser postfix;

    ExpressionParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
        this.postfix = new PostfixParser(parsers);
    }

    Expr parseExpression() {
        Expr condition = parseBinary(0);
        if (ts.at(TokenKind.QUESTION)) {
            ts.next();
            ts.skipNewlinesBeforeOperand();
            Expr whenTrue = parseExpression();
            Token afterTrue = ts.peek();
            ts.skipNewlines();
            if (!ts.accept(TokenKind.COLON)) {
                throw ts.fail(afterTrue, ParseMessages.expected("':' of the ternary operator", afterTrue.describe()),
                        "a ternary reads condition ? valueIfTrue : valueIfFalse");
            }
            ts.skipNewlinesBeforeOperand();
            return new TernaryExpr(condition, whenTrue, parseExpression(), condition.pos());
        }
        if (ts.at(TokenKind.ELVIS)) {
            ts.next();
            ts.skipNewlinesBeforeOperand();
            return new ElvisExpr(condition, parseExpression(), condition.pos());
        }
        return condition;
    }

    /** An expression, or a command call such as {@code sh script: 'x', returnStdout: true} where Groovy allows one. */
    Expr parseExpressionOrCommand() {
        return p.commands.maybeCommand(parseExpression());
    }

    private Expr parseBinary(int level) {
        if (level == LEVELS) {
            return parseUnary();
        }
        Expr left = parseBinary(level + 1);
        while (true) {
            Token op = ts.peek();
            int width = OperatorTable.width(level, op, ts.peek(1));
            if (width == 0) {
                return left;
            }
            ts.next();
            if (width == 2) {
                ts.next();
            }
            ts.skipNewlinesBeforeOperand();
            left = combine(level, op, width, left);
        }
    }

    private Expr combine(int level, Token op, int width, Expr left) {
        if (op.isKeyword("as")) {
            return new CastExpr(left, p.types.parseType(), left.pos());
        }
        if (op.isKeyword("instanceof") || op.is(TokenKind.NOT_INSTANCEOF)) {
            Token typeStart = ts.peek();
            Expr type = new VariableExpr(p.types.parseType(), ts.pos(typeStart));
            Expr test = new BinaryExpr(BinaryOp.INSTANCEOF, left, type, ts.pos(op));
            return op.is(TokenKind.NOT_INSTANCEOF) ? new UnaryExpr(UnaryOp.NOT, test, ts.pos(op)) : test;
        }
        Expr right = parseBinary(level + 1);
        if (op.is(TokenKind.RANGE) || op.is(TokenKind.RANGE_EXCLUSIVE)) {
            return new RangeExpr(left, right, op.is(TokenKind.RANGE), left.pos());
        }
        if (op.is(TokenKind.IDENTICAL) || op.is(TokenKind.NOT_IDENTICAL)) {
            ts.report(op, ParseMessages.unsupported("the identity operator '" + op.text() + "'"), "use == or !=");
        }
        return new BinaryExpr(OperatorTable.binaryOp(op, width), left, right, ts.pos(op));
    }

    Expr parseUnary() {
        Token t = ts.peek();
        UnaryOp op = switch (t.kind()) {
            case NOT -> UnaryOp.NOT;
            case TILDE -> UnaryOp.BIT_NOT;
            case MINUS -> UnaryOp.NEGATE;
            case PLUS -> UnaryOp.PLUS;
            case INC -> UnaryOp.PRE_INCREMENT;
            case DEC -> UnaryOp.PRE_DECREMENT;
            default -> null;
        };
        if (op == null) {
            return parsePower();
        }
        ts.next();
        return new UnaryExpr(op, parseUnary(), ts.pos(t));
    }

    private Expr parsePower() {
        Expr base = postfix.parse();
        if (ts.at(TokenKind.POWER)) {
            Token op = ts.next();
            ts.skipNewlinesBeforeOperand();
            return new BinaryExpr(BinaryOp.POWER, base, parseUnary(), ts.pos(op));
        }
        return base;
    }

    /** Applies member access, indexing, calls and postfix operators to an already parsed expression. */
    Expr continuePostfix(Expr e) {
        return postfix.continueFrom(e);
    }

    /** The expression inside one {@code ${...}}; an empty one stands for {@code null}, as in Groovy. */
    Expr parseInterpolation() {
        Token start = ts.peek();
        skipSeparators();
        if (ts.at(TokenKind.EOF)) {
            return new ConstantExpr(null, ts.pos(start));
        }
        try {
            Expr e = parseExpressionOrCommand();
            skipSeparators();
            if (!ts.at(TokenKind.EOF)) {
                ts.report(ts.peek(), ParseMessages.unexpected(ts.peek().describe()), ParseMessages.interpolationHint());
            }
            return e;
        } catch (ParseFailure f) {
            return new ConstantExpr(null, ts.pos(start));
        }
    }

    private void skipSeparators() {
        while (ts.at(TokenKind.NEWLINE) || ts.at(TokenKind.SEMI)) {
            ts.next();
        }
    }
}
