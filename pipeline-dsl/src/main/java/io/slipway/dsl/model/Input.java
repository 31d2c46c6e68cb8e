package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A stage's {@code input}: the build waits until a person (one of {@code submitter}, when given) answers
 * the message, optionally supplying parameters.
 */
public record Input(Value message, Optional<String> id, Optional<String> ok, Optional<String> submitter,
                    Optional<String> submitterParameter, List<ParameterDefinition> parameters, SourcePos pos) {

    public Input {
        parameters = List.copyOf(parameters);
    }
}
