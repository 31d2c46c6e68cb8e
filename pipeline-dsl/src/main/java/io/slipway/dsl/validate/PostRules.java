package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.PostBlockNode;
import io.slipway.dsl.ast.declarative.PostNode;
import io.slipway.dsl.model.PostCondition;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.Arrays;
import java.util.List;

/** Checks {@code post}: not empty, known conditions (the hint lists them), and the steps of each block. */
final class PostRules {

    private static final List<String> WORDS = Arrays.stream(PostCondition.values()).map(PostCondition::word).toList();

    private final Report report;
    private final StepRules steps;

    PostRules(Report report, StepRules steps) {
        this.report = report;
        this.steps = steps;
    }

    void check(PostNode post) {
        for (PostBlockNode block : post.blocks()) {
            if (PostCondition.find(block.condition()).isEmpty()) {
                String hint = Suggestions.nearest(block.condition(), WORDS)
                        .map(n -> "did you mean '" + n + "'? (allowed: " + PostCondition.allowed() + ")")
                        .orElse(ValidationMessages.allowed(PostCondition.allowed()));
                report.error(block.pos(), ValidationMessages.unknownPostCondition(block.condition()), hint);
            }
            steps.check(block.steps(), false);
        }
    }
}
