package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.VariableExpr;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code environment { NAME = value ... }}. A target that is not a plain name ({@code "A" = 1},
 * {@code A-B = 1}) is kept with its source text so the validator can name it.
 */
final class EnvironmentReader {

    private final Diagnostics diagnostics;

    EnvironmentReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<SectionNode<EnvEntryNode>> read(Directive d) {
        return Blocks.nonEmpty(d, diagnostics).map(block -> {
            List<EnvEntryNode> entries = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (Stmt stmt : block.body()) {
                if (!(stmt instanceof AssignStmt a) || !a.op().equals("=")) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedEnvAssignment()));
                    continue;
                }
                String name = a.target() instanceof VariableExpr v ? v.name()
                        : a.target() instanceof ConstantExpr c ? "\"" + c.value() + "\""
                        : ExprText.of(a.target());
                SourcePos first = seen.putIfAbsent(name, a.target().pos());
                if (first != null) {
                    diagnostics.add(Diagnostic.error(a.target().pos(),
                            DeclarativeMessages.duplicateEnvVar(name, Sections.at(first))));
                    continue;
                }
                entries.add(new EnvEntryNode(name, a.value(), a.target().pos()));
            }
            return new SectionNode<>("environment", entries, d.pos());
        });
    }
}
