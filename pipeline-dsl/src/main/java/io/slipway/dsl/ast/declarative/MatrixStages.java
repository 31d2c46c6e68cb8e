package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * {@code matrix { axes { } excludes { } stages { } }} with the directives a matrix cell inherits.
 * {@code stages} is absent when none was written (the validator reports it).
 */
public record MatrixStages(List<AxisNode> axes, Optional<SourcePos> axesPos, List<ExcludeNode> excludes,
                           Optional<AgentNode> agent, Optional<SectionNode<EnvEntryNode>> environment,
                           Optional<SectionNode<CallNode>> options, Optional<WhenNode> when,
                           Optional<InputNode> input, Optional<SectionNode<ToolNode>> tools,
                           Optional<SectionNode<StageNode>> stages, Optional<PostNode> post, SourcePos pos)
        implements StageBody {

    public MatrixStages {
        axes = List.copyOf(axes);
        excludes = List.copyOf(excludes);
    }

    @Override
    public String keyword() {
        return "matrix";
    }
}
