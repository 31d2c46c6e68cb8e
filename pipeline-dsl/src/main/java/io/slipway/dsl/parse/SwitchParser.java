package io.slipway.dsl.parse;

import io.slipway.dsl.ast.CaseClause;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.SwitchStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code switch (x) { case a: case b: ...; break; default: ... }}. Labels written one after another
 * share one body. A {@code case} that falls into {@code default} is kept as a case with the default's
 * statements.
 */
final class SwitchParser {

    private static final class Group {
        final List<Expr> values = new ArrayList<>();
        final List<Stmt> body = new ArrayList<>();
        SourcePos pos;
        boolean isDefault;
    }

    private final Parsers p;
    private final TokenStream ts;

    SwitchParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    Stmt parseSwitch() {
        Token keyword = ts.next();
        Expr subject = p.controlFlow.parenthesisedCondition(keyword);
        ts.skipNewlines();
        Token open = ts.expect(TokenKind.LBRACE, "'{' after 'switch (...)'");
        List<Group> groups = new ArrayList<>();
        Group current = null;
        while (true) {
            p.statements.skipSeparators();
            Token t = ts.peek();
            if (ts.accept(TokenKind.RBRACE)) {
                break;
            }
            if (t.is(TokenKind.EOF)) {
                ts.report(t, ParseMessages.expectedToClose("}", "{", open.line(), open.column()), null);
                break;
            }
            if (t.isKeyword("case") || t.isKeyword("default")) {
                if (current == null || !current.body.isEmpty()) {
                    current = new Group();
                    current.pos = ts.pos(t);
                    groups.add(current);
                }
                label(current);
            } else if (current == null) {
                throw ts.fail(t, ParseMessages.expected("'case' or 'default'", t.describe()), null);
            } else {
                p.statements.parseRecovering(current.body);
            }
        }
        return build(subject, groups, keyword);
    }

    private void label(Group group) {
        Token t = ts.next();
        if (t.isKeyword("case")) {
            group.values.add(p.expressions.parseExpression());
        } else {
            group.isDefault = true;
        }
        ts.expect(TokenKind.COLON, "':' after the '" + t.text() + "' label");
    }

    private SwitchStmt build(Expr subject, List<Group> groups, Token keyword) {
        List<CaseClause> cases = new ArrayList<>();
        List<Stmt> defaultBody = List.of();
        for (Group g : groups) {
            if (g.isDefault) {
                defaultBody = g.body;
            }
            if (!g.values.isEmpty()) {
                cases.add(new CaseClause(g.values, g.body, g.pos));
            }
        }
        return new SwitchStmt(subject, cases, defaultBody, ts.pos(keyword));
    }
}
