package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@code stages { }} or {@code parallel { }} block: a list of {@code stage('name') { }}. */
final class StagesReader {

    private final Diagnostics diagnostics;

    StagesReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<SectionNode<StageNode>> read(Directive d) {
        return Blocks.nonEmpty(d, diagnostics).map(block -> new SectionNode<>(d.name(), stages(block, d.name()), d.pos()));
    }

    List<StageNode> stages(ClosureExpr block, String where) {
        List<StageNode> stages = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty() || !found.get().name().equals("stage")) {
                String hint = found.map(f -> Suggestions.nearest(f.name(), List.of("stage"))
                        .map(DeclarativeMessages::didYouMean).orElse(null)).orElse(null);
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedStage(where), hint));
                continue;
            }
            new StageReader(diagnostics).read(found.get()).ifPresent(stages::add);
        }
        return stages;
    }
}
