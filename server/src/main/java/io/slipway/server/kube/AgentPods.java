package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a {@link PodRequest} into the pod to create: the named templates of {@code inheritFrom} (left to
 * right), then the {@code yamlFile}, then the {@code yaml}, each merged over the one before by
 * {@link PodMerge}; then Slipway's part, which always wins: the {@value #AGENT_CONTAINER} container running
 * the agent jar, a shared {@value #WORKSPACE_VOLUME} (emptyDir) mounted at {@value #WORKSPACE} in every
 * container, the labels, {@code restartPolicy: Never}, name and namespace. Validates everything before the
 * cluster is touched. Thread-safe.
 */
public final class AgentPods {

    public static final String AGENT_CONTAINER = io.slipway.agent.kube.ContainerStep.AGENT_CONTAINER;
    public static final String WORKSPACE_VOLUME = "workspace-volume";
    public static final String WORKSPACE = "/home/slipway/agent";
    public static final String AGENT_JAR = "/opt/slipway/slipway-agent.jar";
    public static final String TOKEN_ENV = "SLIPWAY_AGENT_TOKEN";
    public static final String BUILD_LABEL = "slipway.io/build";
    public static final String AGENT_LABEL = "slipway.io/label";

    public static final String SERVER_LABEL = "slipway.io/server";
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private final KubernetesSettings settings;
    private final NamedPodTemplates templates;
    private final String serverId;

    public AgentPods(KubernetesSettings settings) {
        this(settings, null);
    }

    /** Pods labelled {@value #SERVER_LABEL} with {@code serverId} (null: no such label), to find leftovers later. */
    public AgentPods(KubernetesSettings settings, String serverId) {
        this.settings = settings;
        this.templates = new NamedPodTemplates(settings.podTemplates());
        this.serverId = serverId == null ? null : PodNames.labelValue(serverId);
    }

    /** The labels that mark the pods and secrets this server made (for deleting leftovers after a crash). */
    public java.util.Map<String, String> ownLabels() {
        return serverId == null ? Map.of(MANAGED_BY, "slipway") : Map.of(MANAGED_BY, "slipway", SERVER_LABEL, serverId);
    }

    /**
     * The pod for {@code request}. {@code readFile} reads a file of the build's source (for {@code yamlFile});
     * {@code clientNamespace} is the client's own namespace, used when neither the pipeline nor
     * {@code SLIPWAY_K8S_NAMESPACE} names one.
     */
    public AgentPod create(PodRequest request, Function<String, String> readFile, Optional<String> clientNamespace) {
        String where = request.where();
        String serverUrl = settings.requireServerUrl();
        if (request.cloud() != null && !request.cloud().equals("kubernetes")) {
            throw new PodAgentFailure(where + ": cloud '" + request.cloud() + "' is unknown: Slipway knows one cluster,"
                    + " named 'kubernetes' (set by SLIPWAY_K8S_MASTER_URL or the kubeconfig)");
        }
        if (request.defaultContainer() != null && !request.defaultContainer().equals(AGENT_CONTAINER)) {
            throw new PodAgentFailure(where + ": defaultContainer '" + request.defaultContainer() + "' is not supported"
                    + " yet: steps run in the '" + AGENT_CONTAINER + "' container (give that container the image your"
                    + " steps need, with java on its path, in the pod's yaml)");
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        if (request.inheritFrom() != null) {
            for (String name : request.inheritFrom().trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    tree = PodMerge.merge(tree, templates.get(name, where + " inheritFrom"));
                }
            }
        }
        if (request.yamlFile() != null) {
            String text = readFile.apply(request.yamlFile());
            tree = PodMerge.merge(tree, PodYaml.parse(text, where + " yamlFile '" + request.yamlFile() + "'"));
        }
        if (request.yaml() != null) {
            tree = PodMerge.merge(tree, PodYaml.parse(request.yaml(), where + " yaml"));
        }
        Pod base = PodYaml.toPod(tree, where + " pod");
        List<String> notes = new ArrayList<>();
        String name = PodNames.podName(request.job(), request.number());
        String namespace = firstOf(request.namespace(),
                base.getMetadata() == null ? null : base.getMetadata().getNamespace(),
                settings.namespace(), clientNamespace.orElse(null), "default");
        Pod pod = new AgentPodSpec(settings, request, name, namespace, serverUrl, ownLabels()).apply(base, notes);
        if (!"false".equalsIgnoreCase(request.other().getOrDefault("showRawYaml", "true"))) {
            notes.add("Pod " + namespace + "/" + name + ":\n" + PodYaml.asYaml(pod).stripTrailing());
        }
        return new AgentPod(pod, namespace, name, name, name + "-agent", notes);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalStateException("no value");
    }

    /** Slipway's part of one pod. */
    private record AgentPodSpec(KubernetesSettings settings, PodRequest request, String name, String namespace,
            String serverUrl, Map<String, String> own) {

        Pod apply(Pod base, List<String> notes) {
            PodBuilder pod = new PodBuilder(base).editOrNewMetadata().withName(name).withNamespace(namespace)
                    .addToLabels(BUILD_LABEL, PodNames.buildLabel(request.job(), request.number()))
                    .addToLabels(AGENT_LABEL, name)
                    .addToLabels(own)
                    .addToAnnotations("kubectl.kubernetes.io/default-container", AGENT_CONTAINER)
                    .endMetadata();
            if (request.label() != null) {
                pod.editMetadata().addToLabels("slipway.io/pod-label", PodNames.labelValue(request.label())).endMetadata();
            }
            pod.editOrNewSpec().withRestartPolicy("Never").endSpec();
            other(pod, notes);
            Pod built = pod.build();
            List<Container> containers = new ArrayList<>();
            Container userAgent = null;
            for (Container c : built.getSpec().getContainers()) {
                if (AGENT_CONTAINER.equals(c.getName())) {
                    userAgent = c;
                } else {
                    containers.add(withWorkspace(c));
                }
            }
            containers.add(withWorkspace(agentContainer(userAgent)));
            PodBuilder result = new PodBuilder(built).editSpec().withContainers(containers).endSpec();
            boolean hasVolume = built.getSpec().getVolumes().stream().anyMatch(v -> WORKSPACE_VOLUME.equals(v.getName()));
            if (!hasVolume) {
                result.editSpec().addToVolumes(new VolumeBuilder().withName(WORKSPACE_VOLUME).withNewEmptyDir()
                        .endEmptyDir().build()).endSpec();
            }
            return result.build();
        }

        /** The agent container: the user's {@code slipway-agent} (image, resources, env) with our command on top. */
        private Container agentContainer(Container user) {
            ContainerBuilder agent = user == null ? new ContainerBuilder() : new ContainerBuilder(user);
            String image = user != null && user.getImage() != null && !user.getImage().isBlank()
                    ? user.getImage() : settings.agentImage();
            List<EnvVar> env = new ArrayList<>(user == null ? List.of() : user.getEnv());
            env.removeIf(e -> TOKEN_ENV.equals(e.getName()));
            env.add(new EnvVarBuilder().withName(TOKEN_ENV).withNewValueFrom().withNewSecretKeyRef()
                    .withName(name + "-agent").withKey(AgentPod.TOKEN_KEY).endSecretKeyRef().endValueFrom().build());
            return agent.withName(AGENT_CONTAINER).withImage(image)
                    .withCommand("java", "-jar", AGENT_JAR)
                    .withArgs("--server", serverUrl, "--name", name, "--labels", name, "--executors", "1",
                            "--work-dir", WORKSPACE)
                    .withWorkingDir(WORKSPACE).withEnv(env).build();
        }

        private static Container withWorkspace(Container container) {
            boolean mounted = container.getVolumeMounts().stream().anyMatch(m -> WORKSPACE.equals(m.getMountPath()));
            if (mounted) {
                return container;
            }
            VolumeMount mount = new VolumeMountBuilder().withName(WORKSPACE_VOLUME).withMountPath(WORKSPACE).build();
            return new ContainerBuilder(container).addToVolumeMounts(mount).build();
        }

        /** The settings Jenkins offers besides yaml that map onto the pod; others are reported as ignored. */
        private void other(PodBuilder pod, List<String> notes) {
            request.other().forEach((key, value) -> {
                switch (key) {
                    case "serviceAccount" -> pod.editSpec().withServiceAccountName(value).endSpec();
                    case "nodeSelector" -> pod.editSpec().addToNodeSelector(selector(value)).endSpec();
                    case "activeDeadlineSeconds" -> pod.editSpec().withActiveDeadlineSeconds(seconds(value)).endSpec();
                    case "showRawYaml" -> { }
                    default -> notes.add(request.where() + ": setting '" + key + "' is not supported and was ignored");
                }
            });
        }

        private Map<String, String> selector(String text) {
            Map<String, String> selector = new LinkedHashMap<>();
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new PodAgentFailure(request.where() + ": nodeSelector '" + text + "' must be key=value pairs"
                            + " separated by commas");
                }
                selector.put(kv[0].trim(), kv[1].trim());
            }
            return selector;
        }

        private long seconds(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new PodAgentFailure(request.where() + ": activeDeadlineSeconds '" + text + "' is not a number");
            }
        }
    }
}
