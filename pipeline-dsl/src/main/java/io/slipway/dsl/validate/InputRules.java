package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.InputNode;

/** Checks a stage's {@code input}: a message is required, parameters follow the parameter rules. */
final class InputRules {

    private final Report report;

    InputRules(Report report) {
        this.report = report;
    }

    void check(InputNode input) {
        if (input.field("message").isEmpty()) {
            report.error(input.pos(), ValidationMessages.inputWithoutMessage(),
                    "write input { message 'Deploy to production?' }");
        }
        new ParameterRules(report).check(input.parameters());
    }
}
