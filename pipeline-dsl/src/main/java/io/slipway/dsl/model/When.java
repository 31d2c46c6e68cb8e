package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/**
 * A stage's {@code when}: the stage runs when every condition holds. The {@code before*} flags move the
 * decision before the stage's agent is allocated, its input is asked, or its options apply.
 */
public record When(List<Condition> conditions, boolean beforeAgent, boolean beforeInput, boolean beforeOptions,
                   SourcePos pos) {

    public When {
        conditions = List.copyOf(conditions);
    }
}
