package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;

/**
 * fabric8's Kubernetes mock server in CRUD mode on 127.0.0.1 port 0: the only Kubernetes API server that can
 * run here. It stores objects and has no kubelet, scheduler or garbage collector, so a test that needs a pod
 * to run plays the kubelet itself (writes the pod's status, starts its agent as a local process).
 */
final class MockKubernetes implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    MockKubernetes() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = newClient();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A client for the test's own reads and writes (playing the kubelet). */
    KubernetesClient client() {
        return client;
    }

    /** A further client (the server under test gets its own and closes it). */
    KubernetesClient newClient() {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl(url())
                .withNamespace("ci").withRequestRetryBackoffLimit(0).build()).build();
    }

    List<Pod> pods(String namespace) {
        return client.pods().inNamespace(namespace).list().getItems();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
