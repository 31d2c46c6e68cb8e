package io.slipway.dsl.parse;

import io.slipway.dsl.ast.BreakStmt;
import io.slipway.dsl.ast.ContinueStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.IfStmt;
import io.slipway.dsl.ast.ReturnStmt;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.ThrowStmt;
import java.util.List;
import java.util.Optional;

/**
 * The statements that start with a keyword: {@code if/else}, {@code return}, {@code throw},
 * {@code break}, {@code continue}, and the dispatch to loops, {@code try} and {@code switch}; plus the
 * Groovy statements this subset names as unsupported ({@code class}, {@code assert}, {@code do}).
 */
final class ControlFlowParser {

    private final Parsers p;
    private final TokenStream ts;

    ControlFlowParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** Parses the keyword statement at {@code t} into {@code out}; false when {@code t} starts an expression. */
    boolean parse(Token t, List<Stmt> out) {
        switch (t.text()) {
            case "if" -> out.add(parseIf());
            case "for" -> out.add(p.loops.parseFor());
            case "while" -> out.add(p.loops.parseWhile());
            case "try" -> out.add(p.tries.parseTry());
            case "switch" -> out.add(p.switches.parseSwitch());
            case "return" -> {
                ts.next();
                Optional<Expr> value = p.statements.atStatementEnd() ? Optional.empty()
                        : Optional.of(p.expressions.parseExpressionOrCommand());
                out.add(new ReturnStmt(value, ts.pos(t)));
            }
            case "throw" -> {
                ts.next();
                out.add(new ThrowStmt(p.expressions.parseExpression(), ts.pos(t)));
            }
            case "break" -> {
                ts.next();
                out.add(new BreakStmt(ts.pos(t)));
            }
            case "continue" -> {
                ts.next();
                out.add(new ContinueStmt(ts.pos(t)));
            }
            case "import" -> p.annotations.parseImport();
            case "class", "interface", "enum", "assert", "do", "package", "goto", "const", "else", "case",
                    "default", "catch", "finally", "extends", "implements", "throws", "threadsafe",
                    "native", "strictfp" -> throw unsupported(t);
            default -> {
                return false;
            }
        }
        return true;
    }

    private ParseFailure unsupported(Token t) {
        return switch (t.text()) {
            case "class", "interface", "enum" -> ts.fail(t, ParseMessages.unsupported("a '" + t.text() + "' declaration"),
                    "define helpers as methods (def name(args) { }) or in a shared library");
            case "assert" -> ts.fail(t, ParseMessages.unsupported("'assert'"), "use if (...) { error 'message' }");
            case "do" -> ts.fail(t, ParseMessages.unsupported("a do/while loop"), "use while (...) { }");
            case "else", "case", "default", "catch", "finally" -> ts.fail(t, ParseMessages.unexpected(t.describe()),
                    "'" + t.text() + "' must follow its '" + opener(t.text()) + "'");
            default -> ts.fail(t, ParseMessages.unexpected(t.describe()), null);
        };
    }

    private static String opener(String keyword) {
        return switch (keyword) {
            case "else" -> "if";
            case "case", "default" -> "switch";
            default -> "try";
        };
    }

    IfStmt parseIf() {
        Token keyword = ts.next();
        Expr condition = parenthesisedCondition(keyword);
        List<Stmt> then = p.statements.parseBody();
        List<Stmt> otherwise = List.of();
        if (ts.peekPastNewlines().isKeyword("else")) {
            ts.skipNewlines();
            ts.next();
            ts.skipNewlines();
            otherwise = ts.atKeyword("if") ? List.of(parseIf()) : p.statements.parseBody();
        }
        return new IfStmt(condition, then, otherwise, ts.pos(keyword));
    }

    /** {@code (condition)} after {@code if}, {@code while} or {@code switch}. */
    Expr parenthesisedCondition(Token keyword) {
        ts.skipNewlines();
        Token open = ts.expect(TokenKind.LPAREN, "'(' after '" + keyword.text() + "'");
        Expr condition = p.expressions.parseExpression();
        if (ts.peek().kind().isAssignment()) {
            throw ts.fail(ts.peek(), ParseMessages.unsupported("an assignment inside a condition"),
                    "assign in a statement of its own before the '" + keyword.text() + "'");
        }
        ts.expectClosing(TokenKind.RPAREN, open);
        return condition;
    }
}
