package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.AgentNode;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.InputNode;
import io.slipway.dsl.ast.declarative.MatrixStages;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.declarative.StageNode;
import io.slipway.dsl.ast.declarative.ToolNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import java.util.Optional;

/** Runs the rules of the directives a pipeline, a stage and a matrix share. */
final class SectionRules {

    private final Report report;
    private final WhenRules when;
    private final PostRules post;
    private final ExpressionCheck expressions;

    SectionRules(Report report, WhenRules when, PostRules post, ExpressionCheck expressions) {
        this.report = report;
        this.when = when;
        this.post = post;
        this.expressions = expressions;
    }

    void checkStageDirectives(StageNode stage) {
        common(stage.agent(), stage.environment(), stage.options(), stage.when(), stage.input(), stage.tools(),
                stage.post());
    }

    void checkMatrixDirectives(MatrixStages matrix) {
        common(matrix.agent(), matrix.environment(), matrix.options(), matrix.when(), matrix.input(),
                matrix.tools(), matrix.post());
    }

    void checkPipelineDirectives(Optional<AgentNode> agent, Optional<SectionNode<EnvEntryNode>> environment,
                                 Optional<SectionNode<CallNode>> options, Optional<SectionNode<ToolNode>> tools,
                                 Optional<PostNode> post) {
        agent.ifPresent(new AgentRules(report)::check);
        environment.ifPresent(new EnvironmentRules(report, expressions)::check);
        options.ifPresent(o -> new OptionRules(report).check(o, false));
        tools.ifPresent(new ToolRules(report)::check);
        post.ifPresent(this.post::check);
    }

    private void common(Optional<AgentNode> agent, Optional<SectionNode<EnvEntryNode>> environment,
                        Optional<SectionNode<CallNode>> options, Optional<WhenNode> when,
                        Optional<InputNode> input, Optional<SectionNode<ToolNode>> tools, Optional<PostNode> post) {
        agent.ifPresent(new AgentRules(report)::check);
        environment.ifPresent(new EnvironmentRules(report, expressions)::check);
        options.ifPresent(o -> new OptionRules(report).check(o, true));
        when.ifPresent(this.when::check);
        input.ifPresent(new InputRules(report)::check);
        tools.ifPresent(new ToolRules(report)::check);
        post.ifPresent(this.post::check);
    }
}
