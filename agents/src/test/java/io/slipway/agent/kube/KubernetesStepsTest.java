package io.slipway.agent.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.release.TestBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubernetesDeploy and kubernetesApply against the fabric8 Kubernetes mock server (CRUD mode), reached through a
 * kubeconfig credential, with {@link RolloutController} advancing or failing rollouts as the deployment controller
 * would.
 */
class KubernetesStepsTest {

    private static final String NS = "shop";

    @TempDir
    Path dir;

    private MockCluster cluster;
    private RolloutController controller;
    private TestBuild build;
    private final KubernetesDeployStep deploy = new KubernetesDeployStep();
    private final KubernetesApplyStep apply = new KubernetesApplyStep();

    @BeforeEach
    void start() throws Exception {
        cluster = new MockCluster();
        controller = new RolloutController(cluster.client(), NS);
        cluster.createDeployment(NS, "web", "127.0.0.1:5000/shop:1", 2);
        build = new TestBuild(dir).credential("kube", "file", Map.of("content", cluster.kubeconfig(), "fileName", "config"))
                .credential("registry", "usernamePassword", Map.of("username", "u", "password", "p"));
        awaitRevision(1);
    }

    @AfterEach
    void stop() throws Exception {
        controller.close();
        cluster.close();
    }

    private Map<String, Object> deployArgs(String image, Object... more) {
        var args = new java.util.LinkedHashMap<String, Object>(Map.of("namespace", NS, "deployment", "web",
                "container", "web", "image", image, "credentialsId", "kube"));
        for (int i = 0; i < more.length; i += 2) {
            args.put((String) more[i], more[i + 1]);
        }
        return args;
    }

    @Test
    void aNewImageRollsOutOnTheMockClusterAndItsRevisionIsRecorded() throws Exception {
        var result = build.run(deploy, deployArgs("127.0.0.1:5000/shop:2"));

        assertThat(TestBuild.valueMap(result)).containsEntry("image", "127.0.0.1:5000/shop:2").containsEntry("revision", 2L);
        assertThat(image()).isEqualTo("127.0.0.1:5000/shop:2");
        assertThat(build.changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("kubernetes.deployment");
            assertThat(change.target()).isEqualTo("shop/web/web");
            assertThat(change.before()).isEqualTo("{\"image\":\"127.0.0.1:5000/shop:1\",\"revision\":1}");
            assertThat(change.after()).isEqualTo("{\"image\":\"127.0.0.1:5000/shop:2\",\"revision\":2}");
        });
        assertThat(build.logText()).contains("deployment 'web' successfully rolled out").doesNotContain(MockCluster.TOKEN);
    }

    @Test
    void aRolloutPastItsProgressDeadlineIsUndoneToThePreviousRevisionOnTheMockCluster() {
        controller.failing.add("127.0.0.1:5000/shop:bad");

        assertThatThrownBy(() -> build.run(deploy, deployArgs("127.0.0.1:5000/shop:bad")))
                .hasMessageContaining("rollout of shop/web/web to 127.0.0.1:5000/shop:bad failed: deployment 'web' "
                        + "exceeded its progress deadline")
                .hasMessageContaining("undid to revision 1 (127.0.0.1:5000/shop:1), now revision 3");

        assertThat(image()).isEqualTo("127.0.0.1:5000/shop:1");
        assertThat(build.changes).extracting(c -> c.before() + " -> " + c.after()).containsExactly(
                "{\"image\":\"127.0.0.1:5000/shop:1\",\"revision\":1} -> {\"image\":\"127.0.0.1:5000/shop:bad\",\"revision\":2}",
                "{\"image\":\"127.0.0.1:5000/shop:bad\",\"revision\":2} -> {\"image\":\"127.0.0.1:5000/shop:1\",\"revision\":3}");
    }

    @Test
    void aRolloutThatDoesNotFinishInTimeIsUndoneOnTheMockCluster() {
        controller.stuck.add("127.0.0.1:5000/shop:slow");

        assertThatThrownBy(() -> build.run(deploy, deployArgs("127.0.0.1:5000/shop:slow", "timeout", 2)))
                .hasMessageContaining("the rollout did not finish within 2 s")
                .hasMessageContaining("undid to revision 1 (127.0.0.1:5000/shop:1)");
        assertThat(image()).isEqualTo("127.0.0.1:5000/shop:1");
    }

    @Test
    void withoutANamespaceTheKubeconfigContextsNamespaceIsUsed() throws Exception {
        build.run(deploy, Map.of("deployment", "web", "image", "127.0.0.1:5000/shop:3", "credentialsId", "kube"));
        assertThat(image()).isEqualTo("127.0.0.1:5000/shop:3");
        assertThat(build.changes.get(0).target()).isEqualTo("shop/web/web");
    }

    @Test
    void theImageAlreadyRunningChangesNothing() throws Exception {
        build.run(deploy, deployArgs("127.0.0.1:5000/shop:1"));
        assertThat(build.changes).isEmpty();
        assertThat(build.logText()).contains("already runs 127.0.0.1:5000/shop:1; nothing changed");
    }

    @Test
    void badArgumentsAndUnknownObjectsAreNamed() {
        assertThatThrownBy(() -> build.run(deploy, deployArgs("x", "deployment", "api")))
                .hasMessage("Jenkinsfile:1:1: kubernetesDeploy: no deployment 'api' in namespace 'shop'");
        assertThatThrownBy(() -> build.run(deploy, deployArgs("x", "container", "sidecar")))
                .hasMessageContaining("argument 'container': deployment 'web' has no container 'sidecar' (containers: [web])");
        assertThatThrownBy(() -> build.run(deploy, deployArgs("x", "credentialsId", "registry")))
                .hasMessageContaining("credential 'registry' is of type 'usernamePassword', but a kubeconfig comes from a 'file' or 'string' credential");
        assertThatThrownBy(() -> build.run(deploy, deployArgs("x", "timeout", "soon")))
                .hasMessageContaining("argument 'timeout' must be a whole number");
        assertThat(image()).isEqualTo("127.0.0.1:5000/shop:1");
    }

    @Test
    void applyCreatesThenConfiguresObjectsFromAWorkspaceManifestOnTheMockCluster() throws Exception {
        Path manifest = build.workspace().resolve("k8s/api.yaml");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, manifest("127.0.0.1:5000/api:1"));

        var first = build.run(apply, Map.of("file", "k8s/api.yaml", "namespace", NS, "credentialsId", "kube"));
        Files.writeString(manifest, manifest("127.0.0.1:5000/api:2"));
        build.run(apply, Map.of("file", "k8s/api.yaml", "namespace", NS, "credentialsId", "kube"));

        assertThat(String.valueOf(first.value())).isEqualTo(String.valueOf(List.of("ConfigMap/shop/api-settings", "Deployment/shop/api")));
        assertThat(cluster.deployment(NS, "api").getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("127.0.0.1:5000/api:2");
        assertThat(cluster.client().configMaps().inNamespace(NS).withName("api-settings").get().getData())
                .containsEntry("greeting", "hello");
        assertThat(build.logText()).contains("kubernetesApply: Deployment/shop/api created", "Deployment/shop/api configured");
        assertThat(build.changes).extracting(c -> c.after()).containsExactly(
                "{\"image\":\"127.0.0.1:5000/api:1\",\"revision\":0}", "{\"image\":\"127.0.0.1:5000/api:2\",\"revision\":0}");
        assertThatThrownBy(() -> build.run(apply, Map.of("file", "k8s/missing.yaml", "credentialsId", "kube")))
                .hasMessageContaining("argument 'file': no file 'k8s/missing.yaml' in the workspace");
    }

    private static String manifest(String image) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: api-settings
                data:
                  greeting: hello
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 1
                  selector:
                    matchLabels: {app: api}
                  template:
                    metadata:
                      labels: {app: api}
                    spec:
                      containers:
                      - name: api
                        image: %s
                """.formatted(image);
    }

    private String image() {
        return cluster.deployment(NS, "web").getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private void awaitRevision(long revision) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var deployment = cluster.deployment(NS, "web");
            if (Revisions.of(deployment) == revision && RolloutState.of(deployment) instanceof RolloutState.Done) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the test controller never rolled out revision " + revision);
    }
}
