package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A stage: its own agent (or the enclosing one when absent), environment, options, the condition that
 * decides whether it runs, an input to wait for, tools, what it runs, and its post blocks.
 */
public record Stage(String name, Optional<AgentSpec> agent, List<EnvVar> environment, Options options,
                    Optional<When> when, Optional<Input> input, List<Tool> tools, StageBody body, boolean failFast,
                    Post post, SourcePos pos) {

    public Stage {
        environment = List.copyOf(environment);
        tools = List.copyOf(tools);
    }
}
