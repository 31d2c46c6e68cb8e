package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.IfStmt;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.TryStmt;
import io.slipway.dsl.ast.VariableExpr;
import io.slipway.dsl.ast.declarative.ScriptNode;
import io.slipway.dsl.ast.declarative.StepCallNode;
import io.slipway.dsl.ast.declarative.StepNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the steps of a {@code steps { }} or post condition block, and the nested steps of block steps
 * ({@code dir('x') { }}). As in Jenkins, only step calls and {@code script { }} are allowed here: Groovy
 * statements and method calls on objects are reported with a hint to use {@code script}.
 */
final class StepsReader {

    private final Diagnostics diagnostics;

    StepsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<StepNode> read(ClosureExpr block) {
        List<StepNode> steps = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            step(stmt).ifPresent(steps::add);
        }
        return steps;
    }

    private Optional<StepNode> step(Stmt stmt) {
        if (stmt instanceof ExprStmt es && es.expr() instanceof MethodCallExpr call) {
            if (call.target().isPresent()) {
                diagnostics.add(Diagnostic.error(call.pos(),
                        DeclarativeMessages.objectCallOutsideScript(ExprText.of(call)), DeclarativeMessages.wrapInScript()));
                return Optional.empty();
            }
            Directive d = Directive.of(stmt).orElseThrow();
            if (d.name().equals("script")) {
                if (d.block().isEmpty() || d.hasArgs()) {
                    diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.scriptWithoutBlock()));
                    return Optional.empty();
                }
                return Optional.of(new ScriptNode(d.block().get(), d.pos()));
            }
            Optional<List<StepNode>> body = d.block().map(this::read);
            return Optional.of(new StepCallNode(d.name(), d.args(), d.named(), body, call, d.pos()));
        }
        if (stmt instanceof ExprStmt es && es.expr() instanceof VariableExpr v) {
            diagnostics.add(Diagnostic.error(v.pos(), DeclarativeMessages.bareWordStep(v.name())));
            return Optional.empty();
        }
        diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.statementOutsideScript(describe(stmt)),
                DeclarativeMessages.wrapInScript()));
        return Optional.empty();
    }

    private static String describe(Stmt stmt) {
        if (stmt instanceof DeclStmt d) {
            return "'" + d.type() + " " + d.name() + "'";
        }
        if (stmt instanceof AssignStmt a) {
            return "the assignment to '" + ExprText.of(a.target()) + "'";
        }
        if (stmt instanceof IfStmt) {
            return "'if'";
        }
        if (stmt instanceof ForInStmt) {
            return "'for'";
        }
        if (stmt instanceof TryStmt) {
            return "'try'";
        }
        if (stmt instanceof ExprStmt es) {
            return "'" + ExprText.of(es.expr()) + "'";
        }
        return "this statement";
    }
}
