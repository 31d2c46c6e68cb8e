package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pod's status as {@code kubectl describe} would explain it: whether it has failed for good before its
 * agent connected (with the reason to put in the build's log), and a one-line summary of where it stands.
 */
final class PodStates {

    /** Waiting reasons that the kubelet does not get over by itself. */
    private static final Set<String> FATAL_WAITING = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName",
            "ErrImageNeverPull", "CreateContainerConfigError", "CreateContainerError", "RunContainerError",
            "CrashLoopBackOff");

    private PodStates() {
    }

    /** Why the pod can no longer bring up its agent, if it cannot: failed, ended, or a container stuck for good. */
    static Optional<String> failure(Pod pod) {
        if (pod == null) {
            return Optional.of("the pod was deleted");
        }
        var status = pod.getStatus();
        if (status == null) {
            return Optional.empty();
        }
        List<String> containers = new ArrayList<>();
        for (ContainerStatus c : statuses(pod)) {
            ContainerStateWaiting waiting = c.getState() == null ? null : c.getState().getWaiting();
            if (waiting != null && FATAL_WAITING.contains(waiting.getReason())) {
                containers.add("container " + c.getName() + ": " + waiting.getReason()
                        + (waiting.getMessage() == null ? "" : " (" + waiting.getMessage() + ")"));
            }
            ContainerStateTerminated ended = c.getState() == null ? null : c.getState().getTerminated();
            if (ended != null && AgentPods.AGENT_CONTAINER.equals(c.getName())) {
                containers.add("container " + c.getName() + " exited with code " + ended.getExitCode()
                        + (ended.getReason() == null ? "" : " (" + ended.getReason() + ")")
                        + (ended.getMessage() == null ? "" : ": " + ended.getMessage()));
            }
        }
        String phase = status.getPhase();
        if ("Failed".equals(phase) || "Succeeded".equals(phase)) {
            String why = "the pod " + ("Failed".equals(phase) ? "failed" : "ended")
                    + (status.getReason() == null ? "" : ": " + status.getReason())
                    + (status.getMessage() == null ? "" : " (" + status.getMessage() + ")");
            containers.add(0, why);
        }
        return containers.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", containers));
    }

    /** Where the pod stands: its phase, and why it is not running yet (unschedulable, pulling, ...). */
    static String summary(Pod pod) {
        var status = pod.getStatus();
        if (status == null || status.getPhase() == null) {
            return "created";
        }
        StringBuilder text = new StringBuilder(status.getPhase());
        for (PodCondition condition : status.getConditions()) {
            if ("PodScheduled".equals(condition.getType()) && "False".equals(condition.getStatus())) {
                text.append(", not scheduled: ").append(condition.getReason())
                        .append(condition.getMessage() == null ? "" : " (" + condition.getMessage() + ")");
            }
        }
        for (ContainerStatus c : statuses(pod)) {
            ContainerStateWaiting waiting = c.getState() == null ? null : c.getState().getWaiting();
            if (waiting != null && waiting.getReason() != null) {
                text.append(", container ").append(c.getName()).append(": ").append(waiting.getReason());
            }
        }
        return text.toString();
    }

    private static List<ContainerStatus> statuses(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>(pod.getStatus().getInitContainerStatuses());
        all.addAll(pod.getStatus().getContainerStatuses());
        return all;
    }
}
