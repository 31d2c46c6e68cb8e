package io.slipway.dsl.parse;

import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements and blocks. A statement ends at a newline, a {@code ;}, or the {@code }} of its block.
 * After a syntax error the rest of the statement is skipped (keeping brackets balanced) and parsing goes
 * on with the next one, so that one file reports all of its errors at once.
 */
final class StatementParser {

    private static final Set<String> DECLARATION_KEYWORDS = Set.of("def", "final", "static", "private", "public",
            "protected", "abstract", "synchronized", "transient", "volatile", "boolean", "byte", "char", "short",
            "int", "long", "float", "double", "void");

    private final Parsers p;
    private final TokenStream ts;
    private int depth;
    private Token suspectOpen;
    private Token suspectClose;

    StatementParser(Parsers parsers) {
        this.p = parsers;
        this.ts = parsers.tokens;
    }

    /** The statements after {@code open} up to its closing brace, which is consumed. */
    List<Stmt> parseBlockBody(Token open) {
        List<Stmt> body = new ArrayList<>();
        depth++;
        try {
            while (true) {
                skipSeparators();
                if (ts.at(TokenKind.RBRACE)) {
                    noteIndentation(open, ts.next());
                    return body;
                }
                if (ts.at(TokenKind.EOF)) {
                    ts.report(ts.peek(), ParseMessages.expectedToClose("}", "{", open.line(), open.column()), unclosedHint());
                    return body;
                }
                parseRecovering(body);
            }
        } finally {
            depth--;
        }
    }

    /** Whether statements are being read inside a block rather than at the top level of the script. */
    boolean insideBlock() {
        return depth > 0;
    }

    /**
     * Remembers the first block whose closing brace sits left of the line that opened it: when a brace is
     * missing further down, that block is usually the one the user left open.
     */
    private void noteIndentation(Token open, Token close) {
        if (suspectOpen == null && close.line() > open.line() && close.column() < ts.indentOf(open.line())) {
            suspectOpen = open;
            suspectClose = close;
        }
    }

    private String unclosedHint() {
        return suspectOpen == null ? null : ParseMessages.unclosedBlockHint(suspectOpen.line(), suspectOpen.column(),
                suspectClose.line(), suspectClose.column());
    }

    /** A braced block or, as {@code if} and loops allow, a single statement. */
    List<Stmt> parseBody() {
        ts.skipNewlines();
        if (ts.at(TokenKind.LBRACE)) {
            return parseBlockBody(ts.next());
        }
        List<Stmt> single = new ArrayList<>();
        parseStatement(single);
        return single;
    }

    /** Parses one statement into {@code out}; on a syntax error skips to the next statement. */
    void parseRecovering(List<Stmt> out) {
        int start = ts.mark();
        try {
            parseStatement(out);
            if (!atStatementEnd()) {
                throw ts.fail(ts.peek(), ParseMessages.unexpected(ts.peek().describe()), ParseMessages.unexpectedHint());
            }
        } catch (ParseFailure failure) {
            skipRestOfStatement(start);
        }
    }

    void parseStatement(List<Stmt> out) {
        Token t = ts.peek();
        if (t.is(TokenKind.KEYWORD)) {
            if (DECLARATION_KEYWORDS.contains(t.text())) {
                p.declarations.parse(out);
                return;
            }
            if (p.controlFlow.parse(t, out)) {
                return;
            }
        }
        if (t.is(TokenKind.AT)) {
            out.add(p.annotations.parseAnnotated());
        } else if (p.declarations.startsTypedDeclaration()) {
            p.declarations.parse(out);
        } else {
            out.add(expressionStatement());
        }
    }

    private Stmt expressionStatement() {
        Expr e = p.expressions.parseExpression();
        if (ts.peek().kind().isAssignment()) {
            Token op = ts.next();
            checkTarget(e, op);
            ts.skipNewlinesBeforeOperand();
            Expr value = p.expressions.parseExpressionOrCommand();
            if (ts.peek().kind().isAssignment()) {
                throw ts.fail(ts.peek(), ParseMessages.unsupported("a chained assignment"), "assign each variable on its own line");
            }
            return new AssignStmt(e, op.text(), value, e.pos());
        }
        e = p.commands.maybeCommand(e);
        if (ts.at(TokenKind.NEWLINE) && ts.peekPastNewlines().is(TokenKind.LBRACE) && PostfixParser.canTakeClosure(e)) {
            ts.skipNewlines();
            e = PostfixParser.withClosure(e, p.closures.parseClosure());
        }
        return new ExprStmt(e, e.pos());
    }

    private void checkTarget(Expr target, Token op) {
        if (!(target instanceof VariableExpr || target instanceof PropertyExpr || target instanceof IndexExpr)) {
            throw ts.fail(op, ParseMessages.cannotAssign(), ParseMessages.cannotAssignHint());
        }
    }

    boolean atStatementEnd() {
        return switch (ts.peek().kind()) {
            case NEWLINE, SEMI, RBRACE, EOF -> true;
            default -> false;
        };
    }

    void skipSeparators() {
        while (ts.at(TokenKind.NEWLINE) || ts.at(TokenKind.SEMI)) {
            ts.next();
        }
    }

    /** Skips to the end of the failed statement: a newline or {@code ;} outside brackets, or its block's {@code }}. */
    private void skipRestOfStatement(int start) {
        if (ts.mark() == start && !ts.at(TokenKind.EOF) && !ts.at(TokenKind.RBRACE)) {
            ts.next();
        }
        int depth = 0;
        while (!ts.at(TokenKind.EOF)) {
            Token t = ts.peek();
            switch (t.kind()) {
                case NEWLINE, SEMI -> {
                    if (depth == 0) {
                        return;
                    }
                }
                case LBRACE, LPAREN, LBRACKET, SAFE_INDEX -> depth++;
                case RBRACE -> {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
                case RPAREN, RBRACKET -> depth = Math.max(0, depth - 1);
                default -> { }
            }
            ts.next();
        }
    }
}
