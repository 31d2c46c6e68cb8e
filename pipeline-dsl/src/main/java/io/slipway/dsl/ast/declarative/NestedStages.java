package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code stages { ... }} inside a stage: sequential stages. */
public record NestedStages(List<StageNode> stages, SourcePos pos) implements StageBody {

    public NestedStages {
        stages = List.copyOf(stages);
    }

    @Override
    public String keyword() {
        return "stages";
    }
}
