package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** A validated declarative pipeline. Stages and post blocks are in the order they run. */
public record Pipeline(AgentSpec agent, List<EnvVar> environment, List<ParameterDefinition> parameters,
                       List<Trigger> triggers, Options options, List<Tool> tools, List<Library> libraries,
                       List<Stage> stages, Post post, SourcePos pos) {

    public Pipeline {
        environment = List.copyOf(environment);
        parameters = List.copyOf(parameters);
        triggers = List.copyOf(triggers);
        tools = List.copyOf(tools);
        libraries = List.copyOf(libraries);
        stages = List.copyOf(stages);
    }
}
