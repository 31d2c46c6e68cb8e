package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * {@code stage('name') { ... }} with its directives as read. {@code bodies} holds every
 * {@code steps}/{@code parallel}/{@code stages}/{@code matrix} written, so that the validator can report
 * a stage with none or several; a valid stage has exactly one.
 */
public record StageNode(String name, Optional<AgentNode> agent, Optional<SectionNode<EnvEntryNode>> environment,
                        Optional<SectionNode<CallNode>> options, Optional<WhenNode> when, Optional<InputNode> input,
                        Optional<SectionNode<ToolNode>> tools, List<StageBody> bodies, Optional<Expr> failFast,
                        Optional<PostNode> post, SourcePos pos) {

    public StageNode {
        bodies = List.copyOf(bodies);
    }
}
