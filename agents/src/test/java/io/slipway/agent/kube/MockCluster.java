package io.slipway.agent.kube;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * The fabric8 Kubernetes mock server in CRUD mode on 127.0.0.1 port 0 (an API server that stores objects, with no
 * controllers: {@link RolloutController} plays the deployment controller), a client for the test's own use, and
 * a kubeconfig that points at it (context namespace {@code shop}), as a credential would hold it.
 */
final class MockCluster implements AutoCloseable {

    static final String TOKEN = "mock-cluster-token-7f3a9c";

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    MockCluster() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl(url())
                .withNamespace("default").withRequestRetryBackoffLimit(0).build()).build();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    KubernetesClient client() {
        return client;
    }

    String kubeconfig() {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                contexts:
                - name: mock
                  context:
                    cluster: mock
                    user: ci
                    namespace: shop
                current-context: mock
                users:
                - name: ci
                  user:
                    token: %s
                """.formatted(url(), TOKEN);
    }

    /** A Deployment {@code name} in {@code namespace} with one container {@code web} running {@code image}. */
    Deployment createDeployment(String namespace, String name, String image, int replicas) {
        Map<String, String> labels = Map.of("app", name);
        return client.apps().deployments().inNamespace(namespace).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("web").withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
    }

    Deployment deployment(String namespace, String name) {
        return client.apps().deployments().inNamespace(namespace).withName(name).get();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
