package io.slipway.dsl.parse;

import io.slipway.dsl.ast.ScriptAst;
import io.slipway.dsl.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The top level of a file: statements up to the end, where a stray {@code }} is reported and skipped. */
final class ScriptParser {

    private ScriptParser() {
    }

    static ScriptAst parse(Parsers p) {
        TokenStream ts = p.tokens;
        List<Stmt> statements = new ArrayList<>();
        while (true) {
            p.statements.skipSeparators();
            if (ts.at(TokenKind.EOF)) {
                break;
            }
            if (ts.at(TokenKind.RBRACE) || ts.at(TokenKind.RPAREN) || ts.at(TokenKind.RBRACKET)) {
                Token stray = ts.next();
                ts.report(stray, ParseMessages.unexpected(stray.describe()), "nothing is open here for it to close");
                continue;
            }
            p.statements.parseRecovering(statements);
        }
        return new ScriptAst(ts.reporter().file(), p.imports, statements);
    }
}
