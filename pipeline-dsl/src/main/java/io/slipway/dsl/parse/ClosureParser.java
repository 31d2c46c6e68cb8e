package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code { statements }}, {@code { a, b -> statements }}, {@code { String s, int n -> }} and
 * {@code { -> }}. Parameters are told apart from a body by looking ahead for the arrow.
 */
final class ClosureParser {

    private final Parsers p;
    private final TokenStream ts;

    ClosureParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** The cursor is on the opening brace. */
    ClosureExpr parseClosure() {
        Token open = ts.next();
        List<String> params = new ArrayList<>();
        if (arrowAhead()) {
            ts.skipNewlines();
            while (!ts.at(TokenKind.ARROW)) {
                params.add(parameter());
                if (!ts.accept(TokenKind.COMMA)) {
                    break;
                }
            }
            ts.expect(TokenKind.ARROW, "'->' after the closure's parameters");
        }
        List<Stmt> body = p.statements.parseBlockBody(open);
        return new ClosureExpr(params, body, ts.pos(open));
    }

    private String parameter() {
        while (ts.atKeyword("final") || ts.atKeyword("def")) {
            ts.next();
        }
        int typeEnd = p.types.typeEnd(ts.mark());
        if (typeEnd > 0 && ts.tokenAt(typeEnd).is(TokenKind.IDENT)) {
            p.types.parseType();
        }
        String name = ts.expect(TokenKind.IDENT, "a parameter name").text();
        if (ts.at(TokenKind.ASSIGN)) {
            ts.report(ts.peek(), ParseMessages.unsupported("a default parameter value"), "pass every argument at each call instead");
            ts.next();
            p.expressions.parseExpression();
        }
        return name;
    }

    /** Whether the tokens after the brace, up to an arrow, can only be a parameter list. */
    private boolean arrowAhead() {
        int i = ts.mark();
        while (ts.tokenAt(i).is(TokenKind.NEWLINE)) {
            i++;
        }
        for (; ; i++) {
            Token t = ts.tokenAt(i);
            switch (t.kind()) {
                case ARROW -> {
                    return true;
                }
                case IDENT, COMMA, DOT, LT, GT, QUESTION, LBRACKET, RBRACKET, TRIPLE_DOT, ASSIGN, NUMBER, STRING, COLON,
                        MINUS -> { }
                case KEYWORD -> {
                    if (!t.text().equals("def") && !t.text().equals("final") && !TypeParser.PRIMITIVES.contains(t.text())) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
    }
}
