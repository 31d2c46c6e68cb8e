package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;
import java.util.Map;

/**
 * A build's pod as it will be created, before a token exists: the pod (whose agent container reads the
 * token from {@link #secretName()}), where it goes, and the name and label its agent registers with.
 *
 * @param pod the complete pod manifest
 * @param namespace where pod and secret are created
 * @param agentName the pod's name, also the agent's {@code --name}
 * @param agentLabel the label only this pod's agent has ({@code --labels}), which the build asks for
 * @param secretName the secret holding the agent's token under {@link #TOKEN_KEY}
 * @param notes lines for the build's log (settings that were ignored, the pod's YAML when shown)
 */
public record AgentPod(Pod pod, String namespace, String agentName, String agentLabel, String secretName,
        List<String> notes) {

    /** The key of the token in the pod's secret. */
    public static final String TOKEN_KEY = "token";

    public AgentPod {
        notes = List.copyOf(notes);
    }

    /** The secret holding {@code token}, labelled like the pod. */
    public Secret secret(String token) {
        return new SecretBuilder().withNewMetadata().withName(secretName).withNamespace(namespace)
                .withLabels(pod.getMetadata().getLabels()).endMetadata()
                .withType("Opaque").withStringData(Map.of(TOKEN_KEY, token)).build();
    }
}
