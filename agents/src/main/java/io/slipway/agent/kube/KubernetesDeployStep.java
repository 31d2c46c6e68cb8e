package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubernetesDeploy(namespace: 'shop', deployment: 'web', container: 'web', image: 'registry/shop@sha256:...',
 * timeout: 300, credentialsId: 'kubeconfig')}: sets a container's image and waits for the rollout as
 * {@code kubectl rollout status} does ({@link RolloutState}). Without {@code namespace}, the kubeconfig context's
 * namespace is used, else {@code default}, as kubectl picks it. When the rollout fails (progress deadline exceeded)
 * or does not finish within {@code timeout} seconds (default 300), it undoes to the previous revision by itself
 * ({@link RolloutUndo}), waits for that rollout too, and fails the stage. Records a {@code kubernetes.deployment}
 * change ({@code {"image":"...","revision":N}} before and after; an undo is a second record). When the container already
 * runs the image, nothing is changed and the current rollout is only waited for. Returns
 * {@code [image: ..., revision: N]}.
 */
public final class KubernetesDeployStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("namespace", "deployment", "container", "image", "timeout",
            "credentialsId");

    @Override
    public String step() {
        return "kubernetesDeploy";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String name = args.requiredText("deployment");
        String image = args.requiredText("image");
        Duration timeout = Duration.ofSeconds(args.number("timeout", 300, 1, 86_400));
        try (KubernetesClient client = Clusters.connect(args, ctx, args.text("credentialsId"))) {
            String namespace = args.text("namespace").orElseGet(() -> Clusters.namespace(client));
            var resource = client.apps().deployments().inNamespace(namespace).withName(name);
            Deployment current = resource.get();
            if (current == null) {
                throw args.failure("no deployment '" + name + "' in namespace '" + namespace + "'");
            }
            String container = container(args, current);
            String target = namespace + "/" + name + "/" + container;
            String beforeImage = Revisions.image(current.getSpec().getTemplate(), container).orElseThrow();
            long beforeRevision = Revisions.of(current);
            if (beforeImage.equals(image)) {
                ctx.log().line("kubernetesDeploy: " + target + " already runs " + image + "; nothing changed");
                RolloutState state = RolloutWatch.await(resource, timeout, ctx);
                ctx.log().line("kubernetesDeploy: " + message(state));
                return result(image, Revisions.of(resource.get()));
            }
            ctx.log().line("kubernetesDeploy: " + target + ": " + beforeImage + " -> " + image);
            resource.edit(d -> new DeploymentBuilder(d).editSpec().editTemplate().editSpec()
                    .editMatchingContainer(c -> container.equals(c.getName())).withImage(image).endContainer()
                    .endSpec().endTemplate().endSpec().build());
            RolloutState state = RolloutWatch.await(resource, timeout, ctx);
            long afterRevision = Revisions.of(resource.get());
            ctx.changes().record(new ChangeLog.Change("kubernetes.deployment", target,
                    Revisions.record(beforeImage, beforeRevision), Revisions.record(image, afterRevision)));
            if (state instanceof RolloutState.Done done) {
                ctx.log().line("kubernetesDeploy: " + done.message() + " (revision " + afterRevision + ")");
                return result(image, afterRevision);
            }
            String reason = state instanceof RolloutState.Failed failed ? failed.message()
                    : "the rollout did not finish within " + timeout.toSeconds() + " s (" + message(state) + ")";
            throw undo(client, namespace, name, container, image, afterRevision, reason, timeout, ctx);
        } catch (KubernetesClientException e) {
            throw new StepFailure(call.location() + ": kubernetesDeploy: the cluster refused: " + e.getMessage());
        }
    }

    private static StepFailure undo(KubernetesClient client, String namespace, String name, String container,
            String image, long failedRevision, String reason, Duration timeout, StepContext ctx)
            throws InterruptedException {
        String target = namespace + "/" + name + "/" + container;
        ctx.log().line("kubernetesDeploy: " + reason + "; undoing to the previous revision");
        RolloutUndo.Target previous = RolloutUndo.undo(client, namespace, name);
        String restoredImage = Revisions.image(previous.template(), container).orElse("?");
        var resource = client.apps().deployments().inNamespace(namespace).withName(name);
        RolloutState undone = RolloutWatch.await(resource, timeout, ctx);
        long revision = Revisions.of(resource.get());
        ctx.changes().record(new ChangeLog.Change("kubernetes.deployment", target,
                Revisions.record(image, failedRevision), Revisions.record(restoredImage, revision)));
        return new StepFailure("kubernetesDeploy: rollout of " + target + " to " + image + " failed: " + reason
                + "; undid to revision " + previous.revision() + " (" + restoredImage + "), now revision " + revision
                + (undone instanceof RolloutState.Done ? "" : ", whose rollout has not finished: " + message(undone)));
    }

    private static String container(ReleaseArguments args, Deployment deployment) {
        var containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        var names = containers.stream().map(c -> c.getName()).toList();
        var given = args.text("container");
        if (given.isEmpty()) {
            if (names.size() == 1) {
                return names.get(0);
            }
            throw args.failure("argument 'container' is needed: deployment '" + deployment.getMetadata().getName()
                    + "' has containers " + names);
        }
        if (!names.contains(given.get())) {
            throw args.failure("argument 'container': deployment '" + deployment.getMetadata().getName()
                    + "' has no container '" + given.get() + "' (containers: " + names + ")");
        }
        return given.get();
    }

    private static String message(RolloutState state) {
        return state.message();
    }

    private static StepResult result(String image, long revision) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("image", image);
        result.put("revision", revision);
        return StepResult.of(result);
    }
}
