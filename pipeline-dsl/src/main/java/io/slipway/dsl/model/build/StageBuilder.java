package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.declarative.AxisNode;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.MatrixStages;
import io.slipway.dsl.ast.declarative.NestedStages;
import io.slipway.dsl.ast.declarative.ParallelStages;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.Steps;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.model.EnvVar;
import io.slipway.dsl.model.Input;
import io.slipway.dsl.model.Matrix;
import io.slipway.dsl.model.Post;
import io.slipway.dsl.model.PostBlock;
import io.slipway.dsl.model.PostCondition;
import io.slipway.dsl.model.Stage;
import io.slipway.dsl.model.StageBody;
import io.slipway.dsl.model.Tool;
import io.slipway.dsl.model.Value;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.List;
import java.util.Optional;

/** Builds stages, their bodies (steps, parallel, sequential, matrix) and the directives shared with the pipeline. */
final class StageBuilder {

    private StageBuilder() {
    }

    static List<Stage> build(List<StageNode> stages) {
        return stages.stream().map(StageBuilder::build).toList();
    }

    static Stage build(StageNode s) {
        return new Stage(s.name(), s.agent().map(AgentBuilder::build), environment(s.environment()),
                OptionsBuilder.build(s.options().map(SectionNode::entries).orElse(List.of())),
                s.when().map(WhenBuilder::build), s.input().map(StageBuilder::input), tools(s.tools()),
                body(s.bodies().get(0)), s.failFast().flatMap(Literals::bool).orElse(false), post(s.post()), s.pos());
    }

    private static StageBody body(io.slipway.dsl.ast.declarative.StageBody body) {
        if (body instanceof Steps s) {
            return new StageBody.StepsBody(StepBuilder.build(s.steps()));
        }
        if (body instanceof ParallelStages p) {
            return new StageBody.ParallelBody(build(p.stages()));
        }
        if (body instanceof NestedStages n) {
            return new StageBody.SequentialBody(build(n.stages()));
        }
        return new StageBody.MatrixBody(matrix((MatrixStages) body));
    }

    private static Matrix matrix(MatrixStages m) {
        List<Matrix.Axis> axes = m.axes().stream().map(a -> new Matrix.Axis(name(a), values(a))).toList();
        List<Matrix.Exclude> excludes = m.excludes().stream().map(e -> new Matrix.Exclude(e.axes().stream()
                .map(a -> new Matrix.ExcludeAxis(name(a), values(a), a.notValues())).toList())).toList();
        return new Matrix(axes, excludes, m.agent().map(AgentBuilder::build), environment(m.environment()),
                OptionsBuilder.build(m.options().map(SectionNode::entries).orElse(List.of())),
                m.when().map(WhenBuilder::build), m.input().map(StageBuilder::input), tools(m.tools()),
                build(m.stages().map(SectionNode::entries).orElse(List.of())), post(m.post()), m.pos());
    }

    private static String name(AxisNode a) {
        return a.name().flatMap(ExprText::literal).orElseThrow();
    }

    private static List<String> values(AxisNode a) {
        return a.values().stream().map(v -> String.valueOf(((ConstantExpr) v).value())).toList();
    }

    static List<EnvVar> environment(Optional<SectionNode<EnvEntryNode>> section) {
        return section.map(SectionNode::entries).orElse(List.of()).stream()
                .map(e -> new EnvVar(e.name(), Values.of(e.value()), e.pos())).toList();
    }

    static List<Tool> tools(Optional<SectionNode<ToolNode>> section) {
        return section.map(SectionNode::entries).orElse(List.of()).stream()
                .map(t -> new Tool(t.type(), Values.of(t.version()), t.pos())).toList();
    }

    static Post post(Optional<PostNode> post) {
        return post.map(p -> new Post(p.blocks().stream().map(b -> new PostBlock(
                PostCondition.parse(b.condition()), StepBuilder.build(b.steps()), b.pos())).toList()))
                .orElse(Post.none());
    }

    private static Input input(io.slipway.dsl.ast.declarative.InputNode i) {
        return new Input(i.field("message").map(f -> Values.of(f.value())).orElse(Value.literal("")),
                text(i, "id"), text(i, "ok"), text(i, "submitter"), text(i, "submitterParameter"),
                ParameterBuilder.build(i.parameters()), i.pos());
    }

    private static Optional<String> text(io.slipway.dsl.ast.declarative.InputNode i, String key) {
        return i.field(key).map(f -> ExprText.stringOf(f.value()).orElse(ExprText.of(f.value())));
    }
}
