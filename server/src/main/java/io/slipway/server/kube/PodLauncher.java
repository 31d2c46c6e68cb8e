package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.agent.log.LogSink;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates build pods and deletes them. For each pod it first creates the secret holding the agent's token (so
 * the token never appears in the pod's spec, which more people may read than secrets), then the pod, then
 * makes the pod the secret's owner, so that Kubernetes' garbage collector removes the secret with the pod
 * even if this server never gets to. Keeps every pod it launched until it is {@linkplain LaunchedPod#close()
 * closed}; {@link #close()} deletes those still there (server shutdown). The client is fabric8's,
 * auto-configured (in-cluster service account or kubeconfig) with {@code SLIPWAY_K8S_MASTER_URL} overriding
 * the API server's URL, built at the first launch. Thread-safe.
 */
public final class PodLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PodLauncher.class);

    private final Supplier<KubernetesClient> connect;
    private volatile KubernetesClient client;
    private final Set<LaunchedPod> live = ConcurrentHashMap.newKeySet();

    /** A launcher whose client {@code connect} builds when first needed; the launcher closes it. */
    public PodLauncher(Supplier<KubernetesClient> connect) {
        this.connect = connect;
    }

    /** A launcher on fabric8's auto-configured client, with {@code settings}' master URL if given. */
    public static PodLauncher fromSettings(KubernetesSettings settings) {
        return new PodLauncher(() -> {
            Config config = Config.autoConfigure(null);
            if (settings.masterUrl() != null) {
                config.setMasterUrl(settings.masterUrl());
            }
            return new KubernetesClientBuilder().withConfig(config).build();
        });
    }

    /** The namespace of the client's configuration (kubeconfig context, or the server's own pod), if any. */
    public Optional<String> clientNamespace() {
        return Optional.ofNullable(client().getNamespace()).filter(n -> !n.isBlank());
    }

    /** Creates {@code pod}'s secret holding {@code token}, then the pod; logs what it created. */
    public LaunchedPod launch(AgentPod pod, String token, LogSink log) {
        KubernetesClient k8s = client();
        String ns = pod.namespace();
        try {
            k8s.secrets().inNamespace(ns).resource(pod.secret(token)).create();
        } catch (KubernetesClientException e) {
            throw new PodAgentFailure("cannot create secret " + ns + "/" + pod.secretName() + " for the agent pod: "
                    + reason(e));
        }
        LaunchedPod launched = new LaunchedPod(this, k8s, pod);
        Pod created;
        try {
            created = k8s.pods().inNamespace(ns).resource(pod.pod()).create();
        } catch (KubernetesClientException e) {
            launched.close();
            throw new PodAgentFailure("cannot create pod " + ns + "/" + pod.agentName() + ": " + reason(e));
        }
        live.add(launched);
        log.line("Created pod " + ns + "/" + pod.agentName() + " (agent label '" + pod.agentLabel() + "')");
        String uid = created.getMetadata().getUid();
        if (uid != null) {
            try {
                k8s.secrets().inNamespace(ns).withName(pod.secretName()).edit(s -> {
                    s.getMetadata().getOwnerReferences().add(new OwnerReferenceBuilder().withApiVersion("v1")
                            .withKind("Pod").withName(pod.agentName()).withUid(uid).build());
                    return s;
                });
            } catch (KubernetesClientException e) {
                LOG.warn("cannot make pod {}/{} the owner of its secret: {}", ns, pod.agentName(), reason(e));
            }
        }
        return launched;
    }

    /**
     * Deletes the pods and secrets labelled {@code labels} in {@code namespace}: what a previous process of this
     * server left behind when it stopped without deleting them (their builds were ended at start-up).
     * Returns how many pods it deleted; failures are logged, not thrown.
     */
    public int deleteLeftovers(String namespace, java.util.Map<String, String> labels) {
        try {
            KubernetesClient k8s = client();
            int pods = k8s.pods().inNamespace(namespace).withLabels(labels).list().getItems().size();
            k8s.pods().inNamespace(namespace).withLabels(labels).delete();
            k8s.secrets().inNamespace(namespace).withLabels(labels).delete();
            return pods;
        } catch (KubernetesClientException e) {
            LOG.warn("cannot delete leftover build pods in namespace {}: {}", namespace, reason(e));
            return 0;
        }
    }

    /** Deletes every pod still launched (the server is stopping); each build's own release does the same. */
    @Override
    public void close() {
        for (LaunchedPod pod : Set.copyOf(live)) {
            pod.close();
        }
        KubernetesClient k8s = client;
        if (k8s != null) {
            k8s.close();
        }
    }

    /** Pods launched and not yet deleted, for tests and the shutdown. */
    public int liveCount() {
        return live.size();
    }

    void forget(LaunchedPod pod) {
        live.remove(pod);
    }

    private KubernetesClient client() {
        KubernetesClient k8s = client;
        if (k8s == null) {
            synchronized (this) {
                if (client == null) {
                    client = connect.get();
                }
                k8s = client;
            }
        }
        return k8s;
    }

    static String reason(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getStatus().getMessage() + " (HTTP " + e.getCode() + ")";
        }
        return e.getCode() > 0 ? "HTTP " + e.getCode() : String.valueOf(e.getMessage());
    }
}
