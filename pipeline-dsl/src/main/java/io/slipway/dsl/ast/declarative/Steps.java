package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code steps { ... }}. */
public record Steps(List<StepNode> steps, SourcePos pos) implements StageBody {

    public Steps {
        steps = List.copyOf(steps);
    }

    @Override
    public String keyword() {
        return "steps";
    }
}
