package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.InputNode;
import io.slipway.dsl.ast.declarative.NestedStages;
import io.slipway.dsl.ast.declarative.ParallelStages;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageBody;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.Steps;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one {@code stage('name') { ... }} with its directives and its body (or bodies, when several are written). */
final class StageReader {

    static final List<String> SECTIONS = List.of("agent", "environment", "options", "when", "input", "tools",
            "steps", "parallel", "stages", "matrix", "failFast", "post");
    private static final List<String> PIPELINE_ONLY = List.of("parameters", "triggers", "libraries", "stage",
            "script");

    private final Diagnostics diagnostics;

    StageReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<StageNode> read(Directive d) {
        Optional<String> name = d.args().isEmpty() ? Optional.empty() : ExprText.stringOf(d.args().get(0));
        if (name.isEmpty() || d.args().size() > 1 || !d.named().isEmpty()) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.stageWithoutName()));
        }
        String stageName = name.orElse("");
        if (d.block().isEmpty()) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.stageWithoutBlock(stageName)));
            return Optional.empty();
        }
        Sections sections = new Sections("stage", SECTIONS, List.of(), diagnostics);
        Optional<AgentNode> agent = Optional.empty();
        Optional<SectionNode<EnvEntryNode>> environment = Optional.empty();
        Optional<SectionNode<CallNode>> options = Optional.empty();
        Optional<WhenNode> when = Optional.empty();
        Optional<InputNode> input = Optional.empty();
        Optional<SectionNode<ToolNode>> tools = Optional.empty();
        Optional<Expr> failFast = Optional.empty();
        Optional<PostNode> post = Optional.empty();
        List<StageBody> bodies = new ArrayList<>();
        for (Stmt stmt : d.block().get().body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedSection("stage")));
                continue;
            }
            Directive s = found.get();
            if (!accept(sections, s)) {
                continue;
            }
            switch (s.name()) {
                case "agent" -> agent = new AgentReader(diagnostics).read(s);
                case "environment" -> environment = new EnvironmentReader(diagnostics).read(s);
                case "options" -> options = new CallSectionReader(diagnostics).read(s, "an option");
                case "when" -> when = new WhenReader(diagnostics).read(s);
                case "input" -> input = new InputReader(diagnostics).read(s);
                case "tools" -> tools = new ToolsReader(diagnostics).read(s);
                case "failFast" -> failFast = flag(s);
                case "post" -> post = new PostReader(diagnostics).read(s);
                case "steps" -> Blocks.nonEmpty(s, diagnostics, DeclarativeMessages.emptySteps(stageName))
                        .ifPresent(b -> bodies.add(new Steps(new StepsReader(diagnostics).read(b), s.pos())));
                case "parallel" -> Blocks.nonEmpty(s, diagnostics).ifPresent(b -> bodies.add(
                        new ParallelStages(new StagesReader(diagnostics).stages(b, "parallel"), s.pos())));
                case "stages" -> Blocks.nonEmpty(s, diagnostics).ifPresent(b -> bodies.add(
                        new NestedStages(new StagesReader(diagnostics).stages(b, "stages"), s.pos())));
                case "matrix" -> new MatrixReader(diagnostics).read(s).ifPresent(bodies::add);
                default -> throw new IllegalStateException("section list and switch disagree: " + s.name());
            }
        }
        return Optional.of(new StageNode(stageName, agent, environment, options, when, input, tools, bodies,
                failFast, post, d.pos()));
    }

    private boolean accept(Sections sections, Directive s) {
        if (PIPELINE_ONLY.contains(s.name())) {
            String hint = s.name().equals("stage") ? "nested stages go in 'stages { }' or 'parallel { }'"
                    : s.name().equals("script") ? "'script' goes inside 'steps { }'"
                    : "'" + s.name() + "' is a pipeline-level section";
            diagnostics.add(Diagnostic.error(s.pos(), DeclarativeMessages.misplacedSection(s.name(), "stage"), hint));
            return false;
        }
        return sections.accept(s);
    }

    private Optional<Expr> flag(Directive s) {
        if (s.single().isEmpty() || s.block().isPresent()) {
            diagnostics.add(Diagnostic.error(s.pos(), DeclarativeMessages.flagExpectsValue(s.name())));
            return Optional.empty();
        }
        return s.single();
    }
}
