package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.AxisNode;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.ExcludeNode;
import io.slipway.dsl.ast.declarative.InputNode;
import io.slipway.dsl.ast.declarative.MatrixStages;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code matrix { axes { } excludes { } stages { } }} and the directives a matrix cell inherits. */
final class MatrixReader {

    static final List<String> SECTIONS = List.of("axes", "excludes", "agent", "environment", "options", "when",
            "input", "tools", "stages", "post");

    private final Diagnostics diagnostics;

    MatrixReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<MatrixStages> read(Directive d) {
        Optional<ClosureExpr> block = Blocks.required(d, diagnostics);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Sections sections = new Sections("matrix", SECTIONS, List.of("steps", "parallel", "matrix", "failFast"),
                diagnostics);
        List<AxisNode> axes = new ArrayList<>();
        Optional<SourcePos> axesPos = Optional.empty();
        List<ExcludeNode> excludes = new ArrayList<>();
        Optional<AgentNode> agent = Optional.empty();
        Optional<SectionNode<EnvEntryNode>> environment = Optional.empty();
        Optional<SectionNode<CallNode>> options = Optional.empty();
        Optional<WhenNode> when = Optional.empty();
        Optional<InputNode> input = Optional.empty();
        Optional<SectionNode<ToolNode>> tools = Optional.empty();
        Optional<SectionNode<StageNode>> stages = Optional.empty();
        Optional<PostNode> post = Optional.empty();
        for (Stmt stmt : block.get().body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedSection("matrix")));
                continue;
            }
            Directive s = found.get();
            if (!sections.accept(s)) {
                continue;
            }
            switch (s.name()) {
                case "axes" -> {
                    axesPos = Optional.of(s.pos());
                    Blocks.required(s, diagnostics).ifPresent(b -> axes.addAll(axes(b, "axes")));
                }
                case "excludes" -> Blocks.required(s, diagnostics).ifPresent(b -> excludes.addAll(excludes(b)));
                case "agent" -> agent = new AgentReader(diagnostics).read(s);
                case "environment" -> environment = new EnvironmentReader(diagnostics).read(s);
                case "options" -> options = new CallSectionReader(diagnostics).read(s, "an option");
                case "when" -> when = new WhenReader(diagnostics).read(s);
                case "input" -> input = new InputReader(diagnostics).read(s);
                case "tools" -> tools = new ToolsReader(diagnostics).read(s);
                case "stages" -> stages = new StagesReader(diagnostics).read(s);
                case "post" -> post = new PostReader(diagnostics).read(s);
                default -> throw new IllegalStateException("section list and switch disagree: " + s.name());
            }
        }
        return Optional.of(new MatrixStages(axes, axesPos, excludes, agent, environment, options, when, input, tools,
                stages, post, d.pos()));
    }

    private List<ExcludeNode> excludes(ClosureExpr block) {
        List<ExcludeNode> out = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty() || !found.get().name().equals("exclude") || found.get().block().isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedExclude()));
                continue;
            }
            out.add(new ExcludeNode(axes(found.get().block().get(), "exclude"), found.get().pos()));
        }
        return out;
    }

    private List<AxisNode> axes(ClosureExpr block, String where) {
        List<AxisNode> out = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            if (found.isEmpty() || !found.get().name().equals("axis") || found.get().block().isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedAxis(where)));
                continue;
            }
            out.add(axis(found.get()));
        }
        return out;
    }

    private AxisNode axis(Directive d) {
        Optional<Expr> name = Optional.empty();
        List<Expr> values = new ArrayList<>();
        boolean notValues = false;
        boolean valuesWritten = false;
        for (Stmt stmt : d.block().orElseThrow().body()) {
            Optional<Directive> found = Directive.of(stmt);
            String key = found.map(Directive::name).orElse("");
            if (key.equals("name") && found.get().single().isPresent()) {
                name = found.get().single();
            } else if ((key.equals("values") || key.equals("notValues")) && found.get().named().isEmpty()) {
                values.addAll(found.get().args());
                notValues = key.equals("notValues");
                valuesWritten = true;
            } else {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedAxis("axis")));
            }
        }
        return new AxisNode(name, values, notValues, valuesWritten, d.pos());
    }
}
