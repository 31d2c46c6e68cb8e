package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;

/**
 * Where a Deployment's rollout stands, decided the way {@code kubectl rollout status} decides: the controller must
 * have observed the latest generation; a {@code Progressing} condition with reason
 * {@code ProgressDeadlineExceeded} is a failure; otherwise the rollout is done when every replica is updated, no
 * old replica is left and every updated replica is available.
 */
sealed interface RolloutState {

    /** What {@code kubectl rollout status} would print. */
    String message();

    /** The rollout finished. */
    record Done(String message) implements RolloutState {}

    /** Still rolling: what it waits for. */
    record Waiting(String message) implements RolloutState {}

    /** The rollout failed: why. */
    record Failed(String message) implements RolloutState {}

    static RolloutState of(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        Long generation = deployment.getMetadata().getGeneration();
        DeploymentStatus status = deployment.getStatus();
        if (status == null || status.getObservedGeneration() == null || generation == null
                || status.getObservedGeneration() < generation) {
            return new Waiting("waiting for the deployment spec update of '" + name + "' to be observed");
        }
        if (status.getConditions() != null) {
            for (DeploymentCondition condition : status.getConditions()) {
                if ("Progressing".equals(condition.getType()) && "ProgressDeadlineExceeded".equals(condition.getReason())) {
                    return new Failed("deployment '" + name + "' exceeded its progress deadline"
                            + (condition.getMessage() == null ? "" : ": " + condition.getMessage()));
                }
            }
        }
        int wanted = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        int updated = count(status.getUpdatedReplicas());
        int replicas = count(status.getReplicas());
        int available = count(status.getAvailableReplicas());
        if (updated < wanted) {
            return new Waiting(updated + " of " + wanted + " updated replicas are available");
        }
        if (replicas > updated) {
            return new Waiting((replicas - updated) + " old replicas are pending termination");
        }
        if (available < updated) {
            return new Waiting(available + " of " + updated + " updated replicas are available");
        }
        return new Done("deployment '" + name + "' successfully rolled out");
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
