package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code tools { maven 'M3'; jdk 'jdk17' }}: one tool type and installation name per line. */
final class ToolsReader {

    private final Diagnostics diagnostics;

    ToolsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<SectionNode<ToolNode>> read(Directive d) {
        return Blocks.nonEmpty(d, diagnostics).map(block -> {
            List<ToolNode> tools = new ArrayList<>();
            for (Stmt stmt : block.body()) {
                Optional<Directive> found = Directive.of(stmt);
                if (found.isEmpty() || found.get().single().isEmpty() || found.get().block().isPresent()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedTool()));
                    continue;
                }
                tools.add(new ToolNode(found.get().name(), found.get().single().get(), found.get().pos()));
            }
            return new SectionNode<>("tools", tools, d.pos());
        });
    }
}
