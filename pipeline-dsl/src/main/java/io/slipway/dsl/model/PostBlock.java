package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** {@code failure { ... }}: steps that run when the condition holds after the stage or build. */
public record PostBlock(PostCondition condition, List<Step> steps, SourcePos pos) {

    public PostBlock {
        steps = List.copyOf(steps);
    }
}
