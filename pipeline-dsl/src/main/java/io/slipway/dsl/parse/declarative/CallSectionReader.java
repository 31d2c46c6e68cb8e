package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the sections whose entries are declarations written as calls: {@code parameters},
 * {@code triggers}, {@code options}, {@code libraries}, and an input's {@code parameters}. Which names
 * are known is the validator's concern; here every entry only has to be a call.
 */
final class CallSectionReader {

    private final Diagnostics diagnostics;

    CallSectionReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    private static String singular(String section) {
        return switch (section) {
            case "parameters" -> "parameter";
            case "triggers" -> "trigger";
            case "options" -> "option";
            default -> section;
        };
    }

    Optional<SectionNode<CallNode>> read(Directive d, String kind) {
        return Blocks.nonEmpty(d, diagnostics).map(block -> {
            List<CallNode> entries = new ArrayList<>();
            for (Stmt stmt : block.body()) {
                Optional<Directive> found = Directive.of(stmt);
                if (found.isEmpty()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedCall(kind, d.name())));
                    continue;
                }
                Directive e = found.get();
                if (e.block().isPresent() && !d.name().equals("libraries")) {
                    diagnostics.add(Diagnostic.error(e.pos(), DeclarativeMessages.blocksNotAllowed(singular(d.name()))));
                }
                entries.add(new CallNode(e.name(), e.args(), e.named(), e.block(), e.pos()));
            }
            return new SectionNode<>(d.name(), entries, d.pos());
        });
    }
}
