package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.VariableExpr;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.AnyAgentNode;
import io.slipway.dsl.ast.declarative.NoneAgentNode;
import io.slipway.dsl.ast.declarative.TypedAgentNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code agent any}, {@code agent none}, {@code agent { type ... }} (short form {@code label 'x'} or
 * block form {@code docker { image 'x' }}) and the older map form {@code agent label: 'x'}.
 */
final class AgentReader {

    private final Diagnostics diagnostics;

    AgentReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<AgentNode> read(Directive d) {
        if (d.block().isPresent() && !d.hasArgs()) {
            return readBlock(d.block().get(), d);
        }
        if (d.single().isPresent() && d.block().isEmpty() && d.single().get() instanceof VariableExpr v) {
            if (v.name().equals("any")) {
                return Optional.of(new AnyAgentNode(d.pos()));
            }
            if (v.name().equals("none")) {
                return Optional.of(new NoneAgentNode(d.pos()));
            }
        }
        if (d.args().isEmpty() && !d.named().isEmpty() && d.block().isEmpty()) {
            NamedArg first = d.named().get(0);
            List<NamedArg> rest = d.named().subList(1, d.named().size());
            return Optional.of(new TypedAgentNode(first.name(), Optional.of(first.value()), rest, d.pos()));
        }
        String text = d.args().isEmpty() ? "" : ExprText.of(d.args().get(0));
        diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.invalidAgent(text)));
        return Optional.empty();
    }

    private Optional<AgentNode> readBlock(ClosureExpr block, Directive agent) {
        TypedAgentNode result = null;
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedKeyValue("agent")));
                continue;
            }
            Directive type = found.get();
            if (result != null) {
                diagnostics.add(Diagnostic.error(type.pos(), DeclarativeMessages.oneAgentType(type.name())));
                continue;
            }
            result = typed(type);
            if ((type.name().equals("any") || type.name().equals("none")) && type.block().isEmpty()) {
                // agent { any true } is Jenkins' block spelling of agent any
                return Optional.of(type.name().equals("any") ? new AnyAgentNode(agent.pos())
                        : new NoneAgentNode(agent.pos()));
            }
        }
        if (result == null) {
            diagnostics.add(Diagnostic.error(agent.pos(), DeclarativeMessages.emptyAgent(),
                    DeclarativeMessages.agentTypes()));
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private TypedAgentNode typed(Directive type) {
        Optional<Expr> value = type.single();
        List<NamedArg> settings = type.block()
                .map(b -> KeyValueReader.read(b, type.name(), diagnostics))
                .orElse(type.args().isEmpty() ? type.named() : List.of());
        if (type.block().isEmpty() && type.args().size() > 1) {
            diagnostics.add(Diagnostic.error(type.pos(), DeclarativeMessages.flagExpectsValue(type.name())));
        }
        return new TypedAgentNode(type.name(), value, settings, type.pos());
    }
}
