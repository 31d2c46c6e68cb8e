package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code parallel { stage('a') { } stage('b') { } }}. */
public record ParallelStages(List<StageNode> stages, SourcePos pos) implements StageBody {

    public ParallelStages {
        stages = List.copyOf(stages);
    }

    @Override
    public String keyword() {
        return "parallel";
    }
}
