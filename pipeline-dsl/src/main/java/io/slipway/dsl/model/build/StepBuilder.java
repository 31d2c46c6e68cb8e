package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.declarative.ScriptNode;
import io.slipway.dsl.ast.declarative.StepCallNode;
import io.slipway.dsl.ast.declarative.StepNode;
import io.slipway.dsl.model.Step;
import java.util.List;

/** Builds model steps, keeping arguments as Groovy for evaluation when the step runs. */
final class StepBuilder {

    private StepBuilder() {
    }

    static List<Step> build(List<StepNode> steps) {
        return steps.stream().map(StepBuilder::build).toList();
    }

    private static Step build(StepNode step) {
        if (step instanceof ScriptNode s) {
            return new Step.ScriptBlock(s.block().body(), s.pos());
        }
        StepCallNode c = (StepCallNode) step;
        return new Step.StepCall(c.name(), c.args(), c.named(), c.body().map(StepBuilder::build), c.pos());
    }
}
