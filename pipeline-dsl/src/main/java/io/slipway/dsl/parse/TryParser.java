package io.slipway.dsl.parse;

import io.slipway.dsl.ast.CatchClause;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.TryStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code try { } catch (Exception e) { } catch (A | B e) { } finally { }}; a catch without a type
 * ({@code catch (e)}) catches {@code Exception}, as in Groovy.
 */
final class TryParser {

    private final Parsers p;
    private final TokenStream ts;

    TryParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    Stmt parseTry() {
        Token keyword = ts.next();
        List<Stmt> body = block("try");
        List<CatchClause> catches = new ArrayList<>();
        while (ts.peekPastNewlines().isKeyword("catch")) {
            ts.skipNewlines();
            catches.add(catchClause());
        }
        List<Stmt> finallyBody = List.of();
        boolean hasFinally = ts.peekPastNewlines().isKeyword("finally");
        if (hasFinally) {
            ts.skipNewlines();
            ts.next();
            finallyBody = block("finally");
        }
        if (catches.isEmpty() && !hasFinally) {
            ts.report(keyword, ParseMessages.expected("'catch' or 'finally' after the try block",
                    ts.peekPastNewlines().describe()), null);
        }
        return new TryStmt(body, catches, finallyBody, ts.pos(keyword));
    }

    private CatchClause catchClause() {
        Token keyword = ts.next();
        ts.skipNewlines();
        Token open = ts.expect(TokenKind.LPAREN, "'(' after 'catch'");
        List<String> types = new ArrayList<>();
        ts.acceptKeyword("final");
        if (!(ts.at(TokenKind.IDENT) && ts.peek(1).is(TokenKind.RPAREN))) {
            ts.acceptKeyword("def");
            if (!(ts.at(TokenKind.IDENT) && ts.peek(1).is(TokenKind.RPAREN))) {
                types.add(p.types.parseType());
                while (ts.accept(TokenKind.BIT_OR)) {
                    types.add(p.types.parseType());
                }
            }
        }
        Token variable = ts.expect(TokenKind.IDENT, "the exception's variable name");
        ts.expectClosing(TokenKind.RPAREN, open);
        String type = types.isEmpty() ? "Exception" : String.join(" | ", types);
        return new CatchClause(type, variable.text(), block("catch"), ts.pos(keyword));
    }

    private List<Stmt> block(String keyword) {
        ts.skipNewlines();
        Token open = ts.expect(TokenKind.LBRACE, "'{' after '" + keyword + "'");
        return p.statements.parseBlockBody(open);
    }
}
