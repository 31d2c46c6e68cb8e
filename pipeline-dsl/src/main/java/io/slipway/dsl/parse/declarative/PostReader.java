package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.PostBlockNode;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code post { condition { steps } ... }}; condition words are checked by the validator. */
final class PostReader {

    private final Diagnostics diagnostics;

    PostReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<PostNode> read(Directive d) {
        return Blocks.nonEmpty(d, diagnostics).map(block -> {
            List<PostBlockNode> blocks = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (Stmt stmt : block.body()) {
                Optional<Directive> found = Directive.of(stmt);
                if (found.isEmpty() || found.get().block().isEmpty() || found.get().hasArgs()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.postNotBlock()));
                    continue;
                }
                Directive c = found.get();
                if (c.block().get().body().isEmpty()) {
                    diagnostics.add(Diagnostic.error(c.pos(), DeclarativeMessages.emptyPostCondition(c.name())));
                }
                SourcePos first = seen.putIfAbsent(c.name(), c.pos());
                if (first != null) {
                    diagnostics.add(Diagnostic.error(c.pos(),
                            DeclarativeMessages.duplicatePostCondition(c.name(), Sections.at(first))));
                    continue;
                }
                blocks.add(new PostBlockNode(c.name(), new StepsReader(diagnostics).read(c.block().get()), c.pos()));
            }
            return new PostNode(blocks, d.pos());
        });
    }
}
