package io.slipway.server.deploy;

import io.slipway.dsl.model.Pipeline;
import java.util.Map;

/**
 * Which environment a build deploys to: the pipeline's {@code options { deployment('prod') }} when it says,
 * else the build's {@code ENV} parameter, else {@value #DEFAULT}.
 */
public final class Environments {

    /** The environment of a releasing build that names none. */
    public static final String DEFAULT = "default";

    private Environments() {
    }

    public static String of(Pipeline pipeline, Map<String, Object> parameters) {
        if (pipeline.options().deployment().isPresent()) {
            return pipeline.options().deployment().get();
        }
        Object env = parameters.get("ENV");
        return env == null || String.valueOf(env).isBlank() ? DEFAULT : String.valueOf(env);
    }
}
