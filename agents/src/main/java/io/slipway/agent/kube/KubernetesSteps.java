package io.slipway.agent.kube;

import io.slipway.agent.step.StepExecutor;
import java.util.List;

/** The Kubernetes steps. Each call connects to its cluster and closes the connection when it ends. */
public final class KubernetesSteps {

    private KubernetesSteps() {
    }

    public static List<StepExecutor> all() {
        return List.of(new KubernetesDeployStep(), new KubernetesApplyStep(), new ContainerStep());
    }
}
