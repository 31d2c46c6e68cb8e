package io.slipway.server.kube;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the server starts pod agents, read once from the environment at start-up. Nothing here is required
 * until a build asks for a {@code kubernetes} agent; then a missing {@link #serverUrl} fails that build.
 *
 * @param masterUrl {@code SLIPWAY_K8S_MASTER_URL}: the API server; null means fabric8's auto-configuration
 *        (in-cluster service account, else the kubeconfig that {@code kubectl} would use)
 * @param namespace {@code SLIPWAY_K8S_NAMESPACE}: where pods go when the pipeline names none; null means the
 *        client's namespace (kubeconfig context or the server's own pod), else {@code default}
 * @param agentImage {@code SLIPWAY_K8S_AGENT_IMAGE} (default {@code slipway/agent:latest}): the image of the
 *        {@code slipway-agent} container unless the pod's own yaml gives that container an image
 * @param serverUrl {@code SLIPWAY_K8S_SERVER_URL}: the server's URL as pods reach it (a Service's URL, say)
 * @param podTemplates {@code SLIPWAY_K8S_POD_TEMPLATES}: a YAML file mapping template names to pods, the
 *        templates that {@code inheritFrom} names; null means none
 * @param connectTimeout {@code SLIPWAY_K8S_POD_CONNECT_SECONDS} (default 300): how long a pod may take from
 *        its creation until its agent connects
 */
public record KubernetesSettings(String masterUrl, String namespace, String agentImage, String serverUrl,
        Path podTemplates, Duration connectTimeout) {

    public static final String DEFAULT_AGENT_IMAGE = "slipway/agent:latest";

    public KubernetesSettings {
        if (agentImage == null || agentImage.isBlank()) {
            agentImage = DEFAULT_AGENT_IMAGE;
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("SLIPWAY_K8S_POD_CONNECT_SECONDS must be positive, was " + connectTimeout);
        }
        if (serverUrl != null && !serverUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("SLIPWAY_K8S_SERVER_URL: '" + serverUrl + "' is not an http:// or https:// URL");
        }
        if (masterUrl != null && !masterUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("SLIPWAY_K8S_MASTER_URL: '" + masterUrl + "' is not an http:// or https:// URL");
        }
    }

    public static KubernetesSettings fromEnvironment(Map<String, String> env) {
        String seconds = blankToNull(env.get("SLIPWAY_K8S_POD_CONNECT_SECONDS"));
        Duration timeout = Duration.ofSeconds(300);
        if (seconds != null) {
            try {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds.trim()) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SLIPWAY_K8S_POD_CONNECT_SECONDS must be a number of seconds, was '"
                        + seconds + "'");
            }
        }
        String templates = blankToNull(env.get("SLIPWAY_K8S_POD_TEMPLATES"));
        return new KubernetesSettings(blankToNull(env.get("SLIPWAY_K8S_MASTER_URL")),
                blankToNull(env.get("SLIPWAY_K8S_NAMESPACE")), blankToNull(env.get("SLIPWAY_K8S_AGENT_IMAGE")),
                blankToNull(env.get("SLIPWAY_K8S_SERVER_URL")),
                templates == null ? null : Path.of(templates).toAbsolutePath(), timeout);
    }

    /** The server URL pods use, or a failure saying which setting is missing. */
    public String requireServerUrl() {
        return Optional.ofNullable(serverUrl).orElseThrow(() -> new PodAgentFailure(
                "SLIPWAY_K8S_SERVER_URL is not set: a kubernetes agent's pod needs the server's URL as pods reach it"
                        + " (e.g. http://slipway.slipway.svc:8080)"));
    }

    public KubernetesSettings withServerUrl(String url) {
        return new KubernetesSettings(masterUrl, namespace, agentImage, url, podTemplates, connectTimeout);
    }

    public KubernetesSettings withPodTemplates(Path file) {
        return new KubernetesSettings(masterUrl, namespace, agentImage, serverUrl, file, connectTimeout);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
