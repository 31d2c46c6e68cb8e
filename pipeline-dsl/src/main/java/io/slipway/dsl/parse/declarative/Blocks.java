package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.Optional;

/** The block of a section that must have one, reporting its absence. */
final class Blocks {

    private Blocks() {
    }

    static Optional<ClosureExpr> required(Directive d, Diagnostics diagnostics) {
        if (d.block().isEmpty()) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.expectedBlock(d.name())));
        }
        return d.block();
    }

    /** Like {@link #required}, also reporting a block without any entry as {@code message}. */
    static Optional<ClosureExpr> nonEmpty(Directive d, Diagnostics diagnostics, String message) {
        Optional<ClosureExpr> block = required(d, diagnostics);
        if (block.isPresent() && block.get().body().isEmpty()) {
            diagnostics.add(Diagnostic.error(d.pos(), message));
        }
        return block;
    }

    static Optional<ClosureExpr> nonEmpty(Directive d, Diagnostics diagnostics) {
        return nonEmpty(d, diagnostics, DeclarativeMessages.emptySection(d.name()));
    }
}
