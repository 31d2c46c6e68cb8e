package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** One {@code condition { steps }} block of a {@code post} section; the condition word is kept as written. */
public record PostBlockNode(String condition, List<StepNode> steps, SourcePos pos) {

    public PostBlockNode {
        steps = List.copyOf(steps);
    }
}
