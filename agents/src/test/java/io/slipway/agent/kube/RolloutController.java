package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small stand-in for Kubernetes' deployment controller, for the mock server, which has none: for each Deployment
 * whose generation was not observed yet, it makes (or revives) the ReplicaSet of the current pod template with the
 * next revision, annotates the Deployment with it, and writes a status. Images in {@link #failing} end with
 * {@code ProgressDeadlineExceeded}; images in {@link #stuck} never get an updated replica; others roll out at once.
 * Polls every 50 ms on its own thread, at most 10 minutes.
 */
final class RolloutController implements AutoCloseable {

    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> stuck = ConcurrentHashMap.newKeySet();
    private final KubernetesClient client;
    private final String namespace;
    private final Thread thread;
    private volatile boolean running = true;

    RolloutController(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
        thread = new Thread(this::loop, "test-rollout-controller");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        for (int i = 0; i < 12_000 && running; i++) {
            try {
                client.apps().deployments().inNamespace(namespace).list().getItems().forEach(this::reconcile);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a conflicting write of the step under test: try again next round
            }
        }
    }

    private void reconcile(Deployment deployment) {
        long generation = deployment.getMetadata().getGeneration();
        var status = deployment.getStatus();
        if (status != null && status.getObservedGeneration() != null && status.getObservedGeneration() >= generation) {
            return;
        }
        String name = deployment.getMetadata().getName();
        var template = deployment.getSpec().getTemplate();
        String hash = Integer.toHexString(template.toString().hashCode());
        var replicaSets = client.apps().replicaSets().inNamespace(namespace).list().getItems();
        long revision = replicaSets.stream().mapToLong(Revisions::of).max().orElse(0) + 1;
        ReplicaSet existing = replicaSets.stream()
                .filter(rs -> hash.equals(rs.getMetadata().getLabels().get("pod-template-hash"))).findFirst().orElse(null);
        if (existing != null) {
            client.apps().replicaSets().inNamespace(namespace).withName(existing.getMetadata().getName())
                    .edit(rs -> new ReplicaSetBuilder(rs).editMetadata()
                            .addToAnnotations(Revisions.ANNOTATION, Long.toString(revision)).endMetadata().build());
        } else {
            Map<String, String> labels = new HashMap<>(template.getMetadata().getLabels());
            labels.put("pod-template-hash", hash);
            client.apps().replicaSets().inNamespace(namespace).resource(new ReplicaSetBuilder()
                    .withNewMetadata().withName(name + "-" + hash).withNamespace(namespace).withLabels(labels)
                    .addToAnnotations(Revisions.ANNOTATION, Long.toString(revision))
                    .withOwnerReferences(new OwnerReferenceBuilder().withKind("Deployment").withApiVersion("apps/v1")
                            .withName(name).withUid(deployment.getMetadata().getUid()).withController(true).build())
                    .endMetadata()
                    .withNewSpec().withReplicas(deployment.getSpec().getReplicas()).withNewSelector()
                    .withMatchLabels(labels).endSelector()
                    .withTemplate(new PodTemplateSpecBuilder(template).editMetadata().withLabels(labels).endMetadata().build())
                    .endSpec().build()).create();
        }
        String image = template.getSpec().getContainers().get(0).getImage();
        int replicas = deployment.getSpec().getReplicas();
        var resource = client.apps().deployments().inNamespace(namespace).withName(name);
        resource.edit(d -> new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder(d).editMetadata()
                .addToAnnotations(Revisions.ANNOTATION, Long.toString(revision)).endMetadata().build());
        var newStatus = new DeploymentStatusBuilder().withObservedGeneration(generation);
        if (failing.contains(image)) {
            newStatus.withReplicas(replicas + 1).withUpdatedReplicas(1).withAvailableReplicas(replicas)
                    .withConditions(new DeploymentConditionBuilder().withType("Progressing").withStatus("False")
                            .withReason("ProgressDeadlineExceeded")
                            .withMessage("ReplicaSet \"" + name + "-" + hash + "\" has timed out progressing.").build());
        } else if (stuck.contains(image)) {
            newStatus.withReplicas(replicas + 1).withUpdatedReplicas(1).withAvailableReplicas(replicas);
        } else {
            newStatus.withReplicas(replicas).withUpdatedReplicas(replicas).withAvailableReplicas(replicas)
                    .withReadyReplicas(replicas);
        }
        resource.editStatus(d -> {
            d.setStatus(newStatus.build());
            return d;
        });
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
