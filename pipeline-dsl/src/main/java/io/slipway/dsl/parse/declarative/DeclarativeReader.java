package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.AnnotatedStmt;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.MethodDefStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.ScriptAst;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.PipelineNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the declarative readers: finds the one top-level {@code pipeline { }} call of a script and
 * reads it. Structural problems go to the given {@link Diagnostics}; the result is absent only when there is
 * no pipeline block to read at all.
 */
public final class DeclarativeReader {

    private DeclarativeReader() {
    }

    public static Optional<PipelineNode> read(ScriptAst script, Diagnostics diagnostics) {
        MethodCallExpr pipeline = null;
        boolean sharedLibraries = false;
        List<String> functions = new ArrayList<>();
        for (Stmt stmt : script.statements()) {
            if (stmt instanceof MethodDefStmt m) {
                functions.add(m.name());
            } else if (stmt instanceof DeclStmt d && d.init().filter(i -> i instanceof ClosureExpr).isPresent()) {
                functions.add(d.name());
            }
            if (stmt instanceof AnnotatedStmt a && a.annotation().equals("Library")) {
                sharedLibraries = true;
            }
            Optional<MethodCallExpr> call = topLevelCall(stmt);
            if (call.isEmpty()) {
                continue;
            }
            String name = call.get().name();
            if (name.equals("library")) {
                sharedLibraries = true;
            } else if (name.equals("pipeline")) {
                if (pipeline == null) {
                    pipeline = call.get();
                } else {
                    diagnostics.add(Diagnostic.error(call.get().pos(),
                            DeclarativeMessages.multiplePipelines(Sections.at(pipeline.pos()))));
                }
            }
        }
        if (pipeline == null) {
            reportMissing(script, diagnostics);
            return Optional.empty();
        }
        MethodCallExpr found = pipeline;
        Optional<ClosureExpr> block = found.closure().or(() -> Optional.ofNullable(lastClosure(found)));
        if (block.isEmpty()) {
            diagnostics.add(Diagnostic.error(pipeline.pos(), DeclarativeMessages.expectedBlock("pipeline")));
            return Optional.empty();
        }
        return Optional.of(new PipelineReader(diagnostics).read(block.get(), sharedLibraries, functions, pipeline.pos()));
    }

    private static Optional<MethodCallExpr> topLevelCall(Stmt stmt) {
        if (stmt instanceof ExprStmt es && es.expr() instanceof MethodCallExpr m && m.target().isEmpty()) {
            return Optional.of(m);
        }
        return Optional.empty();
    }

    private static ClosureExpr lastClosure(MethodCallExpr call) {
        if (!call.args().isEmpty() && call.args().get(call.args().size() - 1) instanceof ClosureExpr c) {
            return c;
        }
        return null;
    }

    private static void reportMissing(ScriptAst script, Diagnostics diagnostics) {
        Optional<SourcePos> nested = script.statements().stream()
                .map(DeclarativeReader::nestedPipeline).flatMap(Optional::stream).findFirst();
        if (nested.isPresent()) {
            diagnostics.add(Diagnostic.error(nested.get(), DeclarativeMessages.pipelineNotAtTop()));
        } else {
            diagnostics.add(Diagnostic.error(new SourcePos(script.file(), 1, 1),
                    DeclarativeMessages.noPipelineBlock(), DeclarativeMessages.noPipelineBlockHint()));
        }
    }

    /** A {@code pipeline} call inside the blocks of a top-level call ({@code node { pipeline { } }}). */
    private static Optional<SourcePos> nestedPipeline(Stmt stmt) {
        Optional<MethodCallExpr> call = topLevelCall(stmt);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        for (Expr arg : call.get().args()) {
            if (arg instanceof ClosureExpr c) {
                Optional<SourcePos> found = inClosure(c);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (NamedArg arg : call.get().named()) {
            if (arg.value() instanceof ClosureExpr c && inClosure(c).isPresent()) {
                return inClosure(c);
            }
        }
        return call.get().closure().flatMap(DeclarativeReader::inClosure);
    }

    private static Optional<SourcePos> inClosure(ClosureExpr closure) {
        for (Stmt s : closure.body()) {
            Optional<MethodCallExpr> call = topLevelCall(s);
            if (call.isPresent() && call.get().name().equals("pipeline")) {
                return Optional.of(call.get().pos());
            }
            Optional<SourcePos> deeper = nestedPipeline(s);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }
}
