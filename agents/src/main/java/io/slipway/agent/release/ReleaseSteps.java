package io.slipway.agent.release;

import io.slipway.agent.consul.ConsulRegistry;
import io.slipway.agent.consul.ConsulSteps;
import io.slipway.agent.docker.DockerEngines;
import io.slipway.agent.docker.DockerSteps;
import io.slipway.agent.gateway.AdminClient;
import io.slipway.agent.gateway.DrainStep;
import io.slipway.agent.gateway.GatewaySteps;
import io.slipway.agent.kube.KubernetesSteps;
import io.slipway.agent.step.StepExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * Every release step, with the clients they share: gateway Admin API ({@code gatewayRoute}, {@code gatewayTargets},
 * {@code gatewaySnapshot}, {@code drain}), Consul ({@code consulRegister}, {@code consulDeregister}), Docker ({@code dockerBuild}, {@code dockerPush}),
 * Kubernetes ({@code kubernetesDeploy}, {@code kubernetesApply}). What each
 * build may reach (gateway nodes, Consul agent, Docker engine) comes from the build's
 * {@link io.slipway.agent.step.BuildExtensions}, so one list serves every build.
 */
public final class ReleaseSteps {

    private ReleaseSteps() {
    }

    public static List<StepExecutor> all() {
        AdminClient admin = new AdminClient();
        ConsulRegistry consul = new ConsulRegistry();
        List<StepExecutor> steps = new ArrayList<>(GatewaySteps.all(admin));
        steps.add(new DrainStep(admin, consul));
        steps.addAll(ConsulSteps.all(consul));
        steps.addAll(DockerSteps.all(new DockerEngines()));
        steps.addAll(KubernetesSteps.all());
        return List.copyOf(steps);
    }
}
