package io.slipway.dsl.parse;

import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodDefStmt;
import io.slipway.dsl.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Variable declarations ({@code def x = 1}, {@code String s}, {@code final int n = 0},
 * {@code def a = 1, b = 2}) and method definitions ({@code def build(String name) { }}).
 */
final class DeclarationParser {

    private static final Set<String> MODIFIERS = Set.of("final", "static", "private", "public", "protected",
            "abstract", "synchronized", "transient", "volatile");

    private final Parsers p;
    private final TokenStream ts;

    DeclarationParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** Whether a statement that starts with a name is a typed declaration such as {@code String x = ...}. */
    boolean startsTypedDeclaration() {
        int start = ts.mark();
        int end = p.types.typeEnd(start);
        if (end < 0 || !ts.tokenAt(end).is(TokenKind.IDENT)) {
            return false;
        }
        return p.types.isUnmistakable(start, end) || ts.tokenAt(end + 1).is(TokenKind.ASSIGN);
    }

    void parse(List<Stmt> out) {
        Token start = ts.peek();
        boolean modified = false;
        while (ts.peek().is(TokenKind.KEYWORD) && MODIFIERS.contains(ts.peek().text())) {
            ts.next();
            modified = true;
        }
        String type;
        if (ts.acceptKeyword("def")) {
            type = "def";
        } else if (!modified || startsTypedDeclaration()) {
            type = p.types.parseType();
        } else {
            type = "def";
        }
        if (ts.at(TokenKind.LPAREN)) {
            throw ts.fail(ts.peek(), ParseMessages.unsupported("multiple assignment def (a, b) = ..."),
                    "declare each variable on its own: def a = list[0]");
        }
        Token name = ts.expect(TokenKind.IDENT, "a variable name");
        if (ts.at(TokenKind.LPAREN)) {
            out.add(method(start, name));
            return;
        }
        out.add(declarator(type, name, start));
        while (ts.accept(TokenKind.COMMA)) {
            ts.skipNewlines();
            Token next = ts.expect(TokenKind.IDENT, "a variable name");
            out.add(declarator(type, next, next));
        }
    }

    private DeclStmt declarator(String type, Token name, Token start) {
        Optional<Expr> init = Optional.empty();
        if (ts.accept(TokenKind.ASSIGN)) {
            ts.skipNewlinesBeforeOperand();
            init = Optional.of(p.expressions.parseExpressionOrCommand());
        }
        return new DeclStmt(type, name.text(), init, ts.pos(start));
    }

    private MethodDefStmt method(Token start, Token name) {
        if (p.statements.insideBlock()) {
            ts.report(start, ParseMessages.topLevelOnly("a method definition"),
                    "define '" + name.text() + "' outside the pipeline block, or use a closure: def " + name.text() + " = { ... }");
        }
        Token open = ts.next();
        List<String> params = new ArrayList<>();
        while (!ts.at(TokenKind.RPAREN)) {
            params.add(parameter());
            if (!ts.accept(TokenKind.COMMA)) {
                break;
            }
        }
        ts.expectClosing(TokenKind.RPAREN, open);
        if (ts.acceptKeyword("throws")) {
            do {
                p.types.parseType();
            } while (ts.accept(TokenKind.COMMA));
        }
        ts.skipNewlines();
        Token brace = ts.expect(TokenKind.LBRACE, "'{' to start the body of method '" + name.text() + "'");
        return new MethodDefStmt(name.text(), params, p.statements.parseBlockBody(brace), ts.pos(start));
    }

    private String parameter() {
        while (ts.peek().is(TokenKind.KEYWORD) && (MODIFIERS.contains(ts.peek().text()) || ts.atKeyword("def"))) {
            ts.next();
        }
        int end = p.types.typeEnd(ts.mark());
        if (end > 0 && ts.tokenAt(end).is(TokenKind.IDENT)) {
            p.types.parseType();
        }
        Token name = ts.expect(TokenKind.IDENT, "a parameter name");
        if (ts.at(TokenKind.ASSIGN)) {
            ts.report(ts.peek(), ParseMessages.unsupported("a default parameter value"),
                    "pass every argument at each call instead");
            ts.next();
            p.expressions.parseExpression();
        }
        return name.text();
    }
}
