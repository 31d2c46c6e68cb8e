package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ClassicForStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code for (x in list)}, {@code for (def x : list)}, {@code for (int i = 0; i < n; i++)} and
 * {@code while (c)}. A {@code ;} inside the parentheses makes a for loop the classic kind.
 */
final class LoopParser {

    private final Parsers p;
    private final TokenStream ts;

    LoopParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    Stmt parseWhile() {
        Token keyword = ts.next();
        Expr condition = p.controlFlow.parenthesisedCondition(keyword);
        return new WhileStmt(condition, p.statements.parseBody(), ts.pos(keyword));
    }

    Stmt parseFor() {
        Token keyword = ts.next();
        Token open = ts.expect(TokenKind.LPAREN, "'(' after 'for'");
        if (isClassic()) {
            return classic(keyword, open);
        }
        while (ts.atKeyword("final") || ts.atKeyword("def")) {
            ts.next();
        }
        int typeEnd = p.types.typeEnd(ts.mark());
        if (typeEnd > 0 && ts.tokenAt(typeEnd).is(TokenKind.IDENT)) {
            p.types.parseType();
        }
        Token variable = ts.expect(TokenKind.IDENT, "a loop variable");
        if (!ts.acceptKeyword("in") && !ts.accept(TokenKind.COLON)) {
            throw ts.fail(ts.peek(), ParseMessages.expected("'in' or ':' after the loop variable", ts.peek().describe()), null);
        }
        Expr iterable = p.expressions.parseExpression();
        ts.expectClosing(TokenKind.RPAREN, open);
        return new ForInStmt(variable.text(), iterable, p.statements.parseBody(), ts.pos(keyword));
    }

    private boolean isClassic() {
        int depth = 0;
        for (int i = ts.mark(); ; i++) {
            Token t = ts.tokenAt(i);
            switch (t.kind()) {
                case LPAREN, LBRACKET, LBRACE, SAFE_INDEX -> depth++;
                case RPAREN, RBRACKET, RBRACE -> {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
                case SEMI -> {
                    if (depth == 0) {
                        return true;
                    }
                }
                case EOF -> {
                    return false;
                }
                default -> { }
            }
        }
    }

    private Stmt classic(Token keyword, Token open) {
        Optional<Stmt> init = ts.at(TokenKind.SEMI) ? Optional.empty() : Optional.of(simpleStatement());
        ts.expect(TokenKind.SEMI, "';' after the loop's initialisation");
        Optional<Expr> condition = ts.at(TokenKind.SEMI) ? Optional.empty() : Optional.of(p.expressions.parseExpression());
        ts.expect(TokenKind.SEMI, "';' after the loop's condition");
        Optional<Stmt> update = ts.at(TokenKind.RPAREN) ? Optional.empty() : Optional.of(simpleStatement());
        ts.expectClosing(TokenKind.RPAREN, open);
        return new ClassicForStmt(init, condition, update, p.statements.parseBody(), ts.pos(keyword));
    }

    private Stmt simpleStatement() {
        Token start = ts.peek();
        List<Stmt> parts = new ArrayList<>();
        p.statements.parseStatement(parts);
        if (parts.size() != 1) {
            throw ts.fail(start, ParseMessages.unsupported("more than one variable in a for loop's header"), null);
        }
        return parts.get(0);
    }
}
