package io.slipway.server.kube;

import io.slipway.agent.step.StepFailure;

/**
 * A pod agent could not be had: a setting is missing, the pod's YAML is bad, a template is unknown, the pod
 * failed before its agent connected. The message says what and where (the pipeline position, the pod's
 * name and reason), never a token. It fails the build like a failing step.
 */
public final class PodAgentFailure extends StepFailure {

    public PodAgentFailure(String message) {
        super(message);
    }

    public PodAgentFailure(String message, String result) {
        super(message, result);
    }
}
