package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.agent.log.LogSink;
import io.slipway.agent.step.Cancellation;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build's pod from its creation to its deletion. {@link #awaitAgent} watches it until its agent
 * connects, failing early when the pod cannot bring the agent up; {@link #close()} deletes pod and secret,
 * once, whatever happened before (success, failure, abort). Thread-safe.
 */
public final class LaunchedPod implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchedPod.class);
    private static final long POLL_MILLIS = 500;

    private final PodLauncher launcher;
    private final KubernetesClient client;
    private final AgentPod pod;
    private final AtomicBoolean closed = new AtomicBoolean();

    LaunchedPod(PodLauncher launcher, KubernetesClient client, AgentPod pod) {
        this.launcher = launcher;
        this.client = client;
        this.pod = pod;
    }

    public AgentPod spec() {
        return pod;
    }

    /** The pod as the API server has it now; empty once it is gone. */
    public Optional<Pod> current() {
        return Optional.ofNullable(client.pods().inNamespace(pod.namespace()).withName(pod.agentName()).get());
    }

    /**
     * Waits until {@code connected} says the pod's agent is online, logging the pod's progress as it changes.
     * Fails with the pod's reason when it failed, ended, or a container is stuck (image pull, config); with
     * a timeout message after {@code timeout}; and with ABORTED when {@code cancel} says the build was aborted.
     */
    public void awaitAgent(BooleanSupplier connected, Duration timeout, Cancellation cancel, LogSink log)
            throws InterruptedException {
        String name = pod.namespace() + "/" + pod.agentName();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (!connected.getAsBoolean()) {
            cancel.check();
            Pod now;
            try {
                now = current().orElse(null);
            } catch (KubernetesClientException e) {
                throw new PodAgentFailure("cannot read pod " + name + ": " + PodLauncher.reason(e));
            }
            Optional<String> failure = PodStates.failure(now);
            if (failure.isPresent()) {
                if (connected.getAsBoolean()) {
                    return;
                }
                throw new PodAgentFailure("pod " + name + " cannot run the agent: " + failure.get());
            }
            String summary = PodStates.summary(now);
            if (!summary.equals(last)) {
                log.line("Pod " + name + ": " + summary);
                last = summary;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new PodAgentFailure("the agent of pod " + name + " did not connect within " + timeout.toSeconds()
                        + " s (SLIPWAY_K8S_POD_CONNECT_SECONDS); the pod is " + summary);
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
        }
        log.line("Agent " + pod.agentName() + " of pod " + name + " is online");
    }

    /** Deletes the pod and its secret; later calls do nothing. A failure to delete is logged, not thrown. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        launcher.forget(this);
        try {
            client.pods().inNamespace(pod.namespace()).withName(pod.agentName()).delete();
        } catch (KubernetesClientException e) {
            LOG.warn("cannot delete pod {}/{}: {}", pod.namespace(), pod.agentName(), PodLauncher.reason(e));
        }
        try {
            client.secrets().inNamespace(pod.namespace()).withName(pod.secretName()).delete();
        } catch (KubernetesClientException e) {
            LOG.warn("cannot delete secret {}/{}: {}", pod.namespace(), pod.secretName(), PodLauncher.reason(e));
        }
    }
}
