package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.PipelineNode;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the sections of a {@code pipeline { }} block, reporting unknown, misplaced and repeated ones. */
final class PipelineReader {

    static final List<String> SECTIONS = List.of("agent", "environment", "parameters", "triggers", "options",
            "tools", "libraries", "stages", "post");
    static final List<String> STAGE_ONLY = List.of("stage", "steps", "when", "input", "parallel", "matrix",
            "failFast", "axes", "script");

    private final Diagnostics diagnostics;

    PipelineReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    PipelineNode read(ClosureExpr block, boolean sharedLibraries, List<String> functions, SourcePos pos) {
        Sections sections = new Sections("pipeline", SECTIONS, STAGE_ONLY, diagnostics);
        Optional<AgentNode> agent = Optional.empty();
        Optional<SectionNode<EnvEntryNode>> environment = Optional.empty();
        Optional<SectionNode<CallNode>> parameters = Optional.empty();
        Optional<SectionNode<CallNode>> triggers = Optional.empty();
        Optional<SectionNode<CallNode>> options = Optional.empty();
        Optional<SectionNode<ToolNode>> tools = Optional.empty();
        Optional<SectionNode<CallNode>> libraries = Optional.empty();
        Optional<SectionNode<StageNode>> stages = Optional.empty();
        Optional<PostNode> post = Optional.empty();
        List<String> written = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedSection("pipeline")));
                continue;
            }
            Directive d = found.get();
            written.add(d.name());
            if (!sections.accept(d)) {
                continue;
            }
            switch (d.name()) {
                case "agent" -> agent = new AgentReader(diagnostics).read(d);
                case "environment" -> environment = new EnvironmentReader(diagnostics).read(d);
                case "parameters" -> parameters = new CallSectionReader(diagnostics).read(d, "a parameter definition");
                case "triggers" -> triggers = new CallSectionReader(diagnostics).read(d, "a trigger");
                case "options" -> options = new CallSectionReader(diagnostics).read(d, "an option");
                case "tools" -> tools = new ToolsReader(diagnostics).read(d);
                case "libraries" -> libraries = new CallSectionReader(diagnostics).read(d, "lib('name@version')");
                case "stages" -> stages = new StagesReader(diagnostics).read(d);
                case "post" -> post = new PostReader(diagnostics).read(d);
                default -> throw new IllegalStateException("section list and switch disagree: " + d.name());
            }
        }
        boolean usesLibraries = sharedLibraries || libraries.isPresent();
        return new PipelineNode(agent, environment, parameters, triggers, options, tools, libraries, stages, post,
                usesLibraries, written, functions, pos);
    }
}
