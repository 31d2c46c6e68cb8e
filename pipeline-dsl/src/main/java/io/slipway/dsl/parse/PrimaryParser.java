package io.slipway.dsl.parse;

import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.NewExpr;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The atoms of an expression: literals, interpolated strings, names, {@code this}, parenthesised
 * expressions and casts {@code (Type) x}, list and map literals (see {@link CollectionLiteralParser}),
 * closures and {@code new Type(args)}.
 */
final class PrimaryParser {

    private final Parsers p;
    private final TokenStream ts;
    private final CollectionLiteralParser collections;

    PrimaryParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
        this.collections = new CollectionLiteralParser(parsers);
    }

    Expr parsePrimary() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER, STRING -> {
                ts.next();
                return new ConstantExpr(t.value(), ts.pos(t));
            }
            case GSTRING -> {
                ts.next();
                return gstring(t);
            }
            case IDENT -> {
                ts.next();
                return new VariableExpr(t.text(), ts.pos(t));
            }
            case KEYWORD -> {
                return keyword(t);
            }
            case LPAREN -> {
                return parenthesised();
            }
            case LBRACKET -> {
                return collections.parse();
            }
            case LBRACE -> {
                return p.closures.parseClosure();
            }
            default -> throw unexpected(t);
        }
    }

    private ParseFailure unexpected(Token t) {
        if (switch (t.kind()) {
            case NEWLINE, EOF, SEMI, RBRACE, RPAREN, RBRACKET, COMMA -> true;
            default -> false;
        }) {
            return ts.fail(t, ParseMessages.expected("an expression", t.describe()), null);
        }
        return ts.fail(t, ParseMessages.unexpected(t.describe()), null);
    }

    private Expr keyword(Token t) {
        switch (t.text()) {
            case "true", "false" -> {
                ts.next();
                return new ConstantExpr(Boolean.valueOf(t.text()), ts.pos(t));
            }
            case "null" -> {
                ts.next();
                return new ConstantExpr(null, ts.pos(t));
            }
            case "this", "super" -> {
                ts.next();
                return new VariableExpr(t.text(), ts.pos(t));
            }
            case "new" -> {
                return newExpr();
            }
            default -> throw unexpected(t);
        }
    }

    GStringExpr gstring(Token t) {
        LexedGString lexed = (LexedGString) t.value();
        List<Expr> values = new ArrayList<>();
        for (List<Token> tokens : lexed.values()) {
            values.add(p.nested(tokens).expressions.parseInterpolation());
        }
        return new GStringExpr(lexed.strings(), values, ts.pos(t));
    }

    private Expr parenthesised() {
        Token open = ts.next();
        int typeEnd = p.types.typeEnd(ts.mark());
        if (typeEnd > 0 && ts.tokenAt(typeEnd).is(TokenKind.RPAREN) && p.types.isUnmistakable(ts.mark(), typeEnd)
                && startsOperand(ts.tokenAt(typeEnd + 1))) {
            String type = p.types.parseType();
            ts.next();
            return new CastExpr(p.expressions.parseUnary(), type, ts.pos(open));
        }
        Expr inner = p.expressions.parseExpression();
        if (ts.peek().kind().isAssignment()) {
            throw ts.fail(ts.peek(), ParseMessages.unsupported("an assignment inside an expression"),
                    "assign in a statement of its own before using the value");
        }
        ts.expectClosing(TokenKind.RPAREN, open);
        return inner;
    }

    private static boolean startsOperand(Token t) {
        return switch (t.kind()) {
            case IDENT, NUMBER, STRING, GSTRING, LPAREN, LBRACKET, NOT, TILDE -> true;
            case KEYWORD -> List.of("this", "super", "new", "true", "false", "null").contains(t.text());
            default -> false;
        };
    }

    private Expr newExpr() {
        Token keyword = ts.next();
        String type = p.types.parseType();
        if (!ts.at(TokenKind.LPAREN)) {
            throw ts.fail(ts.peek(), ParseMessages.expected("'(' after 'new " + type + "'", ts.peek().describe()),
                    type.endsWith("]") ? "array creation is not supported; use a list literal [a, b]" : null);
        }
        ArgumentParser.CallArgs args = p.arguments.parseParenthesised();
        List<Expr> all = new ArrayList<>();
        if (!args.named().isEmpty()) {
            all.add(CollectionLiteralParser.mapOf(args.named(), ts.pos(keyword)));
        }
        all.addAll(args.positional());
        if (ts.at(TokenKind.LBRACE)) {
            throw ts.fail(ts.peek(), ParseMessages.unsupported("an anonymous class"), null);
        }
        return new NewExpr(type, all, ts.pos(keyword));
    }
}
