package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.InputNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a stage's {@code input { message '...'; ok '...'; submitter '...'; parameters { } }}. */
final class InputReader {

    static final List<String> FIELDS = List.of("message", "id", "ok", "submitter", "submitterParameter",
            "parameters");

    private final Diagnostics diagnostics;

    InputReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<InputNode> read(Directive d) {
        return Blocks.required(d, diagnostics).map(block -> {
            List<NamedArg> fields = new ArrayList<>();
            List<CallNode> parameters = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            for (Stmt stmt : block.body()) {
                Optional<Directive> found = Directive.of(stmt);
                if (found.isEmpty()) {
                    diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedKeyValue("input")));
                    continue;
                }
                Directive f = found.get();
                if (!FIELDS.contains(f.name())) {
                    diagnostics.add(Diagnostic.error(f.pos(), DeclarativeMessages.invalidInputField(f.name()),
                            DeclarativeMessages.hintFor(f.name(), FIELDS)));
                    continue;
                }
                if (seen.putIfAbsent(f.name(), f.pos()) != null) {
                    diagnostics.add(Diagnostic.error(f.pos(), DeclarativeMessages.duplicateInputField(f.name())));
                    continue;
                }
                if (f.name().equals("parameters")) {
                    new CallSectionReader(diagnostics).read(f, "a parameter definition")
                            .ifPresent(s -> parameters.addAll(s.entries()));
                } else if (f.single().isPresent() && f.block().isEmpty()) {
                    fields.add(new NamedArg(f.name(), f.single().get(), f.pos()));
                } else {
                    diagnostics.add(Diagnostic.error(f.pos(), DeclarativeMessages.flagExpectsValue(f.name())));
                }
            }
            return new InputNode(fields, parameters, d.pos());
        });
    }
}
