package io.slipway.agent.docker;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import java.util.List;

/** The image steps over shared engine clients; and which engine a build uses. */
public final class DockerSteps {

    private DockerSteps() {
    }

    public static List<StepExecutor> all(DockerEngines engines) {
        return List.of(new DockerBuildStep(engines), new DockerPushStep(engines));
    }

    /** The build's engine: what the server configured, else the local socket. */
    static DockerSettings settings(StepContext ctx) {
        return ctx.services().extensions().find(DockerSettings.class).orElseGet(DockerSettings::local);
    }
}
