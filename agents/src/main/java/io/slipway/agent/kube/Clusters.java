package io.slipway.agent.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.CredentialLookup.StepCredential;
import io.slipway.agent.step.StepContext;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Connects to a cluster for one step: with {@code credentialsId}, the kubeconfig held by that credential (a secret
 * file's content or a secret text); without, the in-cluster service account or the process's own kubeconfig, as
 * {@code kubectl} would find them. The kubeconfig's secrets (token, password, client key) are masked in the log
 * from then on. The caller closes the client.
 */
final class Clusters {

    private Clusters() {
    }

    static KubernetesClient connect(ReleaseArguments args, StepContext ctx, Optional<String> credentialsId) {
        Config config;
        if (credentialsId.isPresent()) {
            String kubeconfig = kubeconfig(args, ctx, credentialsId.get());
            try {
                config = Config.fromKubeconfig(kubeconfig);
            } catch (RuntimeException e) {
                throw args.failure("argument 'credentialsId': credential '" + credentialsId.get()
                        + "' holds no usable kubeconfig (" + e.getClass().getSimpleName() + ")");
            }
        } else {
            config = Config.autoConfigure(null);
        }
        Stream.of(config.getAutoOAuthToken(), config.getPassword(), config.getClientKeyData())
                .filter(secret -> secret != null && !secret.isBlank())
                .forEach(secret -> ctx.services().masker().add(secret));
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** The namespace of the kubeconfig's context (or the pod's own, in-cluster), else {@code default}, as kubectl picks it. */
    static String namespace(KubernetesClient client) {
        String namespace = client.getNamespace();
        return namespace == null || namespace.isBlank() ? "default" : namespace;
    }

    private static String kubeconfig(ReleaseArguments args, StepContext ctx, String id) {
        StepCredential credential = ctx.services().credentials().find(id)
                .orElseThrow(() -> args.failure("argument 'credentialsId': no credential with id '" + id + "'"));
        String text = switch (credential.type()) {
            case "file" -> credential.fields().get("content");
            case "string" -> credential.fields().get("secret");
            default -> throw args.failure("argument 'credentialsId': credential '" + id + "' is of type '"
                    + credential.type() + "', but a kubeconfig comes from a 'file' or 'string' credential");
        };
        if (text == null || text.isBlank()) {
            throw args.failure("argument 'credentialsId': credential '" + id + "' is empty");
        }
        return text;
    }
}
