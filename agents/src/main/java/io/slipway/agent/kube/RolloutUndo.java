package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.agent.step.StepFailure;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a Deployment back to its previous revision, as {@code kubectl rollout undo} does: among the ReplicaSets
 * the Deployment owns, the one with the highest revision below the Deployment's current revision holds the
 * previous pod template; that template (without its {@code pod-template-hash} label) becomes the Deployment's
 * template again, and the controller rolls it out as a new revision.
 */
final class RolloutUndo {

    private static final String HASH_LABEL = "pod-template-hash";

    /** The revision undone to and its pod template. */
    record Target(long revision, PodTemplateSpec template) {}

    private RolloutUndo() {
    }

    static Target undo(KubernetesClient client, String namespace, String name) {
        var resource = client.apps().deployments().inNamespace(namespace).withName(name);
        Deployment deployment = resource.get();
        if (deployment == null) {
            throw new StepFailure("cannot undo: deployment " + namespace + "/" + name + " no longer exists");
        }
        long current = Revisions.of(deployment);
        Map<String, String> selector = deployment.getSpec().getSelector() == null ? Map.of()
                : deployment.getSpec().getSelector().getMatchLabels();
        List<ReplicaSet> owned = client.apps().replicaSets().inNamespace(namespace).withLabels(selector).list()
                .getItems().stream().filter(rs -> ownedBy(rs, deployment)).toList();
        ReplicaSet previous = owned.stream().filter(rs -> Revisions.of(rs) > 0 && Revisions.of(rs) < current)
                .max(Comparator.comparingLong(Revisions::of))
                .orElseThrow(() -> new StepFailure("cannot undo: deployment " + namespace + "/" + name
                        + " has no revision before " + current));
        PodTemplateSpec template = new PodTemplateSpecBuilder(previous.getSpec().getTemplate()).build();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            template.getMetadata().getLabels().remove(HASH_LABEL);
        }
        resource.edit(d -> new DeploymentBuilder(d).editSpec().withTemplate(template).endSpec().build());
        return new Target(Revisions.of(previous), template);
    }

    private static boolean ownedBy(ReplicaSet replicaSet, Deployment deployment) {
        List<OwnerReference> owners = replicaSet.getMetadata().getOwnerReferences();
        if (owners == null || owners.isEmpty()) {
            return false;
        }
        String uid = deployment.getMetadata().getUid();
        return owners.stream().anyMatch(o -> "Deployment".equals(o.getKind())
                && (uid != null ? uid.equals(o.getUid()) : Objects.equals(o.getName(), deployment.getMetadata().getName())));
    }
}
