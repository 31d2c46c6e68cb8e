package io.slipway.server.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.slipway.dsl.ast.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentPodsTest {

    private static final SourcePos POS = new SourcePos("Jenkinsfile", 2, 5);
    private static final Function<String, String> NO_FILES = path -> {
        throw new AssertionError("no file expected: " + path);
    };

    @TempDir
    Path dir;

    private KubernetesSettings settings() {
        return new KubernetesSettings(null, null, null, "http://slipway.ci.svc:8080", null, Duration.ofSeconds(30));
    }

    private static Container container(Pod pod, String name) {
        return pod.getSpec().getContainers().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name + " in " + pod.getSpec().getContainers()));
    }

    @Test
    void yamlPodGetsTheAgentContainerWithServerNameLabelAndTokenFromItsSecret() {
        AgentPod pod = new AgentPods(settings()).create(PodRequest.ofYaml("shop/api", 7, POS, """
                apiVersion: v1
                kind: Pod
                metadata:
                  labels: {team: payments}
                spec:
                  containers:
                  - name: maven
                    image: maven:3.9
                    command: [sleep]
                    args: [infinity]
                """), NO_FILES, Optional.empty());

        assertTrue(pod.agentName().matches("slipway-shop-api-7-[a-z0-9]{5}"), pod.agentName());
        assertEquals(pod.agentName(), pod.agentLabel());
        assertEquals("default", pod.namespace());
        Pod spec = pod.pod();
        assertEquals("Never", spec.getSpec().getRestartPolicy());
        assertEquals(Map.of("team", "payments", "slipway.io/build", "shop-api-7", "slipway.io/label", pod.agentName(),
                "app.kubernetes.io/managed-by", "slipway"), spec.getMetadata().getLabels());
        Container agent = container(spec, "slipway-agent");
        assertEquals(KubernetesSettings.DEFAULT_AGENT_IMAGE, agent.getImage());
        assertEquals(List.of("java", "-jar", "/opt/slipway/slipway-agent.jar"), agent.getCommand());
        assertEquals(List.of("--server", "http://slipway.ci.svc:8080", "--name", pod.agentName(), "--labels",
                pod.agentName(), "--executors", "1", "--work-dir", "/home/slipway/agent"), agent.getArgs());
        EnvVar token = agent.getEnv().stream().filter(e -> e.getName().equals("SLIPWAY_AGENT_TOKEN")).findFirst().orElseThrow();
        assertNull(token.getValue(), "the token is never in the pod spec");
        assertEquals(pod.secretName(), token.getValueFrom().getSecretKeyRef().getName());
        assertEquals("token", token.getValueFrom().getSecretKeyRef().getKey());
        assertEquals("maven:3.9", container(spec, "maven").getImage());
        for (Container c : spec.getSpec().getContainers()) {
            assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getName().equals("workspace-volume")
                    && m.getMountPath().equals("/home/slipway/agent")), c.getName() + " shares the workspace");
        }
        assertTrue(spec.getSpec().getVolumes().stream().anyMatch(v -> v.getName().equals("workspace-volume")
                && v.getEmptyDir() != null));
        assertEquals("sekret", pod.secret("sekret").getStringData().get("token"));
    }

    @Test
    void inheritFromMergesNamedTemplatesUnderThePodContainersByNameAndTheChildWins() throws Exception {
        Path templates = dir.resolve("pod-templates.yaml");
        Files.writeString(templates, """
                base:
                  metadata:
                    labels: {team: platform, tier: ci}
                    annotations: {cost-center: "42"}
                  spec:
                    serviceAccountName: builder
                    nodeSelector: {pool: builds}
                    tolerations:
                    - {key: dedicated, operator: Equal, value: ci, effect: NoSchedule}
                    volumes:
                    - name: m2
                      emptyDir: {}
                maven: |
                  spec:
                    containers:
                    - name: maven
                      image: maven:3.8
                      env:
                      - {name: MAVEN_OPTS, value: -Xmx1g}
                      - {name: CI, value: "true"}
                      resources:
                        limits: {memory: 2Gi, cpu: "1"}
                    - name: slipway-agent
                      image: registry.example/slipway-agent:jdk17
                      resources:
                        requests: {memory: 512Mi}
                """);
        AgentPods pods = new AgentPods(settings().withPodTemplates(templates));
        PodRequest request = new PodRequest("api", 3, POS, """
                metadata:
                  labels: {team: payments}
                spec:
                  containers:
                  - name: maven
                    image: maven:3.9
                    env:
                    - {name: MAVEN_OPTS, value: -Xmx2g}
                    resources:
                      limits: {memory: 4Gi}
                  volumes:
                  - name: cache
                    emptyDir: {}
                """, null, "base maven", null, "maven-pod", null, null, Map.of());

        Pod pod = pods.create(request, NO_FILES, Optional.empty()).pod();

        assertEquals("payments", pod.getMetadata().getLabels().get("team"), "the child's label wins");
        assertEquals("ci", pod.getMetadata().getLabels().get("tier"), "the parent's other labels stay");
        assertEquals("maven-pod", pod.getMetadata().getLabels().get("slipway.io/pod-label"));
        assertEquals("42", pod.getMetadata().getAnnotations().get("cost-center"));
        assertEquals("builder", pod.getSpec().getServiceAccountName());
        assertEquals(Map.of("pool", "builds"), pod.getSpec().getNodeSelector());
        assertEquals(1, pod.getSpec().getTolerations().size());
        assertEquals(List.of("m2", "cache", "workspace-volume"),
                pod.getSpec().getVolumes().stream().map(v -> v.getName()).toList());
        assertEquals(List.of("maven", "slipway-agent"),
                pod.getSpec().getContainers().stream().map(Container::getName).toList(), "merged by name, agent last");
        Container maven = container(pod, "maven");
        assertEquals("maven:3.9", maven.getImage());
        assertEquals(Map.of("MAVEN_OPTS", "-Xmx2g", "CI", "true"), maven.getEnv().stream()
                .collect(java.util.stream.Collectors.toMap(EnvVar::getName, EnvVar::getValue)));
        assertEquals("4Gi", maven.getResources().getLimits().get("memory").toString());
        assertEquals("1", maven.getResources().getLimits().get("cpu").toString());
        Container agent = container(pod, "slipway-agent");
        assertEquals("registry.example/slipway-agent:jdk17", agent.getImage(), "a template may choose the agent's image");
        assertEquals("512Mi", agent.getResources().getRequests().get("memory").toString());
        assertEquals(List.of("java", "-jar", "/opt/slipway/slipway-agent.jar"), agent.getCommand());
    }

    @Test
    void namespaceComesFromThePipelineThenTheYamlThenTheSettingThenTheClient() {
        AgentPods pods = new AgentPods(settings());
        PodRequest inPipeline = new PodRequest("api", 1, POS, "metadata: {namespace: from-yaml}", null, null,
                "from-pipeline", null, null, null, Map.of());
        assertEquals("from-pipeline", pods.create(inPipeline, NO_FILES, Optional.of("client")).namespace());
        assertEquals("from-yaml", pods.create(PodRequest.ofYaml("api", 1, POS, "metadata: {namespace: from-yaml}"),
                NO_FILES, Optional.of("client")).namespace());
        KubernetesSettings withNamespace = new KubernetesSettings(null, "builds", null, "http://s:1", null,
                Duration.ofSeconds(1));
        assertEquals("builds", new AgentPods(withNamespace).create(PodRequest.ofYaml("api", 1, POS, ""),
                NO_FILES, Optional.of("client")).namespace());
        assertEquals("client", pods.create(PodRequest.ofYaml("api", 1, POS, ""), NO_FILES, Optional.of("client"))
                .namespace());
    }

    @Test
    void yamlFileIsReadFromTheBuildsSource() {
        PodRequest request = new PodRequest("api", 1, POS, null, "ci/pod.yaml", null, null, null, null, null, Map.of());
        Pod pod = new AgentPods(settings()).create(request, path -> {
            assertEquals("ci/pod.yaml", path);
            return "spec:\n  containers:\n  - name: node\n    image: node:20\n";
        }, Optional.empty()).pod();
        assertEquals("node:20", container(pod, "node").getImage());
    }

    @Test
    void badYamlFailsNamingThePipelinePosition() {
        AgentPods pods = new AgentPods(settings());
        PodAgentFailure syntax = assertThrows(PodAgentFailure.class, () -> pods.create(
                PodRequest.ofYaml("api", 1, POS, "spec:\n  containers: [\n"), NO_FILES, Optional.empty()));
        assertTrue(syntax.getMessage().startsWith("Jenkinsfile:2:5: agent kubernetes yaml is not valid YAML"),
                syntax.getMessage());
        PodAgentFailure kind = assertThrows(PodAgentFailure.class, () -> pods.create(
                PodRequest.ofYaml("api", 1, POS, "kind: Deployment\n"), NO_FILES, Optional.empty()));
        assertEquals("Jenkinsfile:2:5: agent kubernetes yaml must describe a Pod, but its kind is 'Deployment'",
                kind.getMessage());
        PodAgentFailure shape = assertThrows(PodAgentFailure.class, () -> pods.create(
                PodRequest.ofYaml("api", 1, POS, "spec:\n  containers: 3\n"), NO_FILES, Optional.empty()));
        assertTrue(shape.getMessage().startsWith("Jenkinsfile:2:5: agent kubernetes yaml is not a valid pod"),
                shape.getMessage());
    }

    @Test
    void unknownTemplateFailsNamingTheTemplatesThatExist() throws Exception {
        Path templates = dir.resolve("t.yaml");
        Files.writeString(templates, "maven: {}\ngradle: {}\n");
        PodRequest request = new PodRequest("api", 1, POS, null, null, "mavne", null, null, null, null, Map.of());
        PodAgentFailure e = assertThrows(PodAgentFailure.class, () -> new AgentPods(settings().withPodTemplates(templates))
                .create(request, NO_FILES, Optional.empty()));
        assertEquals("Jenkinsfile:2:5: agent kubernetes inheritFrom: no pod template named 'mavne'"
                + " (templates: gradle, maven)", e.getMessage());
    }

    @Test
    void missingServerUrlFailsSayingWhichSetting() {
        KubernetesSettings none = KubernetesSettings.fromEnvironment(Map.of());
        PodAgentFailure e = assertThrows(PodAgentFailure.class, () -> new AgentPods(none)
                .create(PodRequest.ofYaml("api", 1, POS, ""), NO_FILES, Optional.empty()));
        assertTrue(e.getMessage().startsWith("SLIPWAY_K8S_SERVER_URL is not set"), e.getMessage());
    }

    @Test
    void anotherDefaultContainerIsRefusedAsNotSupportedYet() {
        PodRequest request = new PodRequest("api", 1, POS, "", null, null, null, null, "maven", null, Map.of());
        PodAgentFailure e = assertThrows(PodAgentFailure.class, () -> new AgentPods(settings())
                .create(request, NO_FILES, Optional.empty()));
        assertTrue(e.getMessage().startsWith("Jenkinsfile:2:5: agent kubernetes: defaultContainer 'maven' is not"
                + " supported yet"), e.getMessage());
    }

    @Test
    void podNamesAndBuildLabelsAreValidForKubernetes() {
        String name = PodNames.podName("Team/Very Long Job Name With Spaces And Ünïcode " + "x".repeat(80), 12345);
        assertTrue(name.length() <= 63 && name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), name);
        assertEquals("Team-api_v2-9", PodNames.buildLabel("Team/api_v2", 9));
        assertEquals("build-4", PodNames.buildLabel("///", 4));
    }
}
