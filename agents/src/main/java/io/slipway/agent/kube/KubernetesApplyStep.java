package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code kubernetesApply(file: 'k8s/shop.yaml', namespace: 'shop', credentialsId: 'kubeconfig')}: creates or
 * replaces every object of a manifest file of the workspace (YAML or JSON, several documents allowed), in the
 * object's own namespace, else {@code namespace}, else the kubeconfig context's namespace, else {@code default}. For a Deployment whose container images
 * change, it records a {@code kubernetes.deployment} change per container ({@code {"image":"...","revision":N}}, the
 * revision as before the apply; after, revision 0: not rolled out yet). Returns the applied objects as
 * {@code Kind/namespace/name}. It does not wait for rollouts; {@code kubernetesDeploy} does.
 */
public final class KubernetesApplyStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("file", "namespace", "credentialsId");

    @Override
    public String step() {
        return "kubernetesApply";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String fileName = args.requiredText("file");
        Path file = ctx.resolve(fileName);
        if (!file.startsWith(ctx.workspace()) || !Files.isRegularFile(file)) {
            throw args.failure("argument 'file': no file '" + fileName + "' in the workspace");
        }
        List<String> applied = new ArrayList<>();
        try (KubernetesClient client = Clusters.connect(args, ctx, args.text("credentialsId"));
             InputStream in = Files.newInputStream(file)) {
            String defaultNamespace = args.text("namespace").orElseGet(() -> Clusters.namespace(client));
            List<HasMetadata> items = client.load(in).items();
            if (items.isEmpty()) {
                throw args.failure("argument 'file': '" + fileName + "' holds no Kubernetes object");
            }
            for (HasMetadata item : items) {
                String namespace = item.getMetadata().getNamespace() != null ? item.getMetadata().getNamespace()
                        : defaultNamespace;
                HasMetadata before = client.resource(item).inNamespace(namespace).get();
                createOrUpdate(client, item, namespace);
                String what = item.getKind() + "/" + namespace + "/" + item.getMetadata().getName();
                ctx.log().line("kubernetesApply: " + what + (before == null ? " created" : " configured"));
                if (item instanceof Deployment deployment) {
                    recordImages(ctx, namespace, (Deployment) before, deployment);
                }
                applied.add(what);
            }
        } catch (IOException e) {
            throw args.failure("argument 'file': cannot read '" + fileName + "': " + e.getMessage());
        } catch (KubernetesClientException e) {
            throw new StepFailure(call.location() + ": kubernetesApply: the cluster refused " + fileName + ": "
                    + e.getMessage());
        }
        return StepResult.of(List.copyOf(applied));
    }

    private static void recordImages(StepContext ctx, String namespace, Deployment before, Deployment after) {
        for (var container : after.getSpec().getTemplate().getSpec().getContainers()) {
            String old = before == null ? null : Revisions.image(before.getSpec().getTemplate(), container.getName())
                    .orElse(null);
            if (old == null || !old.equals(container.getImage())) {
                ctx.changes().record(new ChangeLog.Change("kubernetes.deployment",
                        namespace + "/" + after.getMetadata().getName() + "/" + container.getName(),
                        old == null ? null : Revisions.record(old, Revisions.of(before)),
                        Revisions.record(container.getImage(), 0)));
            }
        }
    }

    /** How often an update lost to a concurrent writer is tried again before the step fails. */
    private static final int CONFLICT_ATTEMPTS = 5;

    /**
     * Creates {@code item} or replaces it. A replace carries the resource version it read, so a controller
     * writing the object's status in between (as the deployment controller does during a rollout) makes the
     * API server answer 409; kubectl's apply does not fail on that, so neither do we: read again and retry,
     * a bounded number of times.
     */
    private static void createOrUpdate(KubernetesClient client, HasMetadata item, String namespace) {
        String fromFile = item.getMetadata().getResourceVersion();
        for (int attempt = 1; ; attempt++) {
            item.getMetadata().setResourceVersion(fromFile);
            try {
                client.resource(item).inNamespace(namespace).createOr(NonDeletingOperation::update);
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
