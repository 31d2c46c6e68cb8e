package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.PipelineNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.model.Library;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.parse.declarative.ExprText;
import java.util.List;
import java.util.Optional;

/**
 * Builds the model of a pipeline that passed validation. Calling it on a tree with validation errors is a
 * programming error and may throw {@link IllegalStateException}.
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    public static Pipeline build(PipelineNode p) {
        return new Pipeline(AgentBuilder.build(p.agent().orElseThrow(() ->
                new IllegalStateException("pipeline passed validation without an agent"))),
                StageBuilder.environment(p.environment()), ParameterBuilder.build(entries(p.parameters())),
                TriggerBuilder.build(entries(p.triggers())), OptionsBuilder.build(entries(p.options())),
                StageBuilder.tools(p.tools()), libraries(entries(p.libraries())),
                StageBuilder.build(entries(p.stages())), StageBuilder.post(p.post()), p.pos());
    }

    private static <T> List<T> entries(Optional<SectionNode<T>> section) {
        return section.map(SectionNode::entries).orElse(List.of());
    }

    private static List<Library> libraries(List<CallNode> libs) {
        return libs.stream().map(l -> new Library(ExprText.stringOf(l.args().get(0)).orElseThrow(), l.pos())).toList();
    }
}
