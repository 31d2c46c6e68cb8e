package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.ConditionNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code when { }}: the {@code beforeAgent}/{@code beforeInput}/{@code beforeOptions} flags and the
 * conditions, with the nested conditions of {@code not}, {@code allOf} and {@code anyOf}. Unknown condition
 * names are kept for the validator.
 */
final class WhenReader {

    static final List<String> NESTING = List.of("not", "allOf", "anyOf");

    private final Diagnostics diagnostics;

    WhenReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<WhenNode> read(Directive d) {
        return Blocks.nonEmpty(d, diagnostics, DeclarativeMessages.emptyWhen()).map(block -> {
            Optional<Expr> beforeAgent = Optional.empty();
            Optional<Expr> beforeInput = Optional.empty();
            Optional<Expr> beforeOptions = Optional.empty();
            List<ConditionNode> conditions = new ArrayList<>();
            for (Stmt stmt : block.body()) {
                Optional<Directive> found = Directive.of(stmt);
                if (found.isEmpty()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedCondition()));
                    continue;
                }
                Directive c = found.get();
                switch (c.name()) {
                    case "beforeAgent" -> beforeAgent = flag(c);
                    case "beforeInput" -> beforeInput = flag(c);
                    case "beforeOptions" -> beforeOptions = flag(c);
                    default -> conditions.add(condition(c));
                }
            }
            return new WhenNode(conditions, beforeAgent, beforeInput, beforeOptions, d.pos());
        });
    }

    private ConditionNode condition(Directive c) {
        List<ConditionNode> children = new ArrayList<>();
        Optional<ClosureExpr> block = c.block();
        if (NESTING.contains(c.name()) && block.isPresent()) {
            for (Stmt stmt : block.get().body()) {
                Optional<Directive> child = Directive.of(stmt);
                if (child.isEmpty()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedCondition()));
                } else {
                    children.add(condition(child.get()));
                }
            }
            block = Optional.empty();
        }
        return new ConditionNode(c.name(), c.args(), c.named(), children, block, c.pos());
    }

    private Optional<Expr> flag(Directive d) {
        if (d.single().isEmpty() || d.block().isPresent()) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.flagExpectsValue(d.name())));
            return Optional.empty();
        }
        return d.single();
    }
}
