package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Map;
import java.util.Optional;

/** The rollout revision annotation of Deployments and ReplicaSets, and a container's image in a pod template. */
final class Revisions {

    static final String ANNOTATION = "deployment.kubernetes.io/revision";

    private Revisions() {
    }

    /** The revision a Deployment or ReplicaSet carries, 0 when none. */
    static long of(HasMetadata resource) {
        Map<String, String> annotations = resource.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(ANNOTATION);
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The image of {@code container} in {@code template}. */
    static Optional<String> image(PodTemplateSpec template, String container) {
        if (template == null || template.getSpec() == null || template.getSpec().getContainers() == null) {
            return Optional.empty();
        }
        return template.getSpec().getContainers().stream().filter(c -> container.equals(c.getName()))
                .map(c -> c.getImage()).findFirst();
    }

    /**
     * {@code {"image":"...","revision":N}}, the before/after of a {@code kubernetes.deployment} change (revision 0:
     * not rolled out yet).
     */
    static String record(String image, long revision) {
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("image", image)
                .put("revision", revision).toString();
    }
}
