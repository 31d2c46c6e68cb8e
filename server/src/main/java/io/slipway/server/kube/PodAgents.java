package io.slipway.server.kube;

import io.slipway.agent.log.LogSink;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.dsl.model.Value;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides agents for {@code agent { kubernetes { ... } }}: builds the pod ({@link AgentPods}), issues an
 * ephemeral agent token for the pod's name and unique label, creates secret and pod ({@link PodLauncher}),
 * and waits until the pod's agent has connected, failing early with the pod's reason. {@link PodAgent#release()}
 * deletes pod and secret and revokes the token, once. {@link #close()} deletes every pod still there (server
 * shutdown). Thread-safe; {@link #reconfigure} swaps settings and launcher for builds started afterwards.
 */
public final class PodAgents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PodAgents.class);

    private record Setup(KubernetesSettings settings, AgentPods pods, PodLauncher launcher) {
    }

    private final AgentAccess agents;
    private final BuildSourceFiles files;
    private final AtomicReference<Setup> setup = new AtomicReference<>();

    public PodAgents(KubernetesSettings settings, PodLauncher launcher, AgentAccess agents, BuildSourceFiles files) {
        this.agents = agents;
        this.files = files;
        reconfigure(settings, launcher);
    }

    /** Uses {@code settings} and {@code launcher} from now on (embedding, tests); the old launcher is closed. */
    public void reconfigure(KubernetesSettings settings, PodLauncher launcher) {
        Setup old = setup.getAndSet(new Setup(settings, new AgentPods(settings), launcher));
        if (old != null && old.launcher() != launcher) {
            old.launcher().close();
        }
    }

    /** A pod agent brought up for a build: its label, and how to tear it down. */
    public interface PodAgent {

        /** The label only this pod's agent has. */
        String label();

        /** Deletes pod and secret and revokes the agent's token; later calls do nothing; never throws. */
        void release();
    }

    /**
     * An online agent in a new pod for build {@code job #number}, or empty when {@code spec} is no
     * {@code kubernetes} agent. Blocks until the agent connects (abortable by interrupting the thread).
     *
     * @throws PodAgentFailure when the pod cannot be had, saying why (nothing is left behind then)
     */
    public Optional<PodAgent> provision(String job, int number, AgentSpec spec, LogSink log) throws InterruptedException {
        if (!(spec instanceof AgentSpec.Kubernetes kubernetes)) {
            return Optional.empty();
        }
        Setup s = setup.get();
        PodRequest request = PodRequest.of(job, number, kubernetes, value -> literal(value, kubernetes));
        AgentPod pod = s.pods().create(request, path -> files.read(job, number, path, request.where()),
                s.launcher().clientNamespace());
        pod.notes().forEach(log::line);
        String token = agents.issue(pod.agentName(), pod.agentLabel());
        Lease lease = new Lease(pod, log);
        try {
            lease.launched = s.launcher().launch(pod, token, log);
            lease.launched.awaitAgent(() -> agents.online(pod.agentName()), s.settings().connectTimeout(),
                    () -> false, log);
            return Optional.of(lease);
        } catch (InterruptedException | RuntimeException e) {
            lease.release();
            throw e;
        }
    }

    /** Deletes every pod still running (the server is stopping). */
    @Override
    public void close() {
        setup.get().launcher().close();
    }

    /**
     * A setting's text. Pod settings must be literal strings: the pod is made before the build's script
     * context exists for the stage, as Jenkins resolves {@code yaml} before the pod is scheduled.
     */
    private static String literal(Value value, AgentSpec.Kubernetes spec) {
        if (value instanceof Value.Literal literal) {
            return literal.text();
        }
        throw new PodAgentFailure(spec.pos() + ": agent kubernetes: settings must be literal strings here (a"
                + " string with ${...} or another expression is not supported yet); use yamlFile or a pod template"
                + " for what varies");
    }

    private final class Lease implements PodAgent {

        private final AgentPod pod;
        private final LogSink log;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile LaunchedPod launched;

        Lease(AgentPod pod, LogSink log) {
            this.pod = pod;
            this.log = log;
        }

        @Override
        public String label() {
            return pod.agentLabel();
        }

        @Override
        public void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                if (launched != null) {
                    launched.close();
                    log.line("Deleted pod " + pod.namespace() + "/" + pod.agentName());
                }
            } catch (RuntimeException e) {
                LOG.warn("cannot delete the pod of agent {}: {}", pod.agentName(), e.toString());
            }
            try {
                agents.revoke(pod.agentName());
            } catch (RuntimeException e) {
                LOG.warn("cannot revoke agent {}: {}", pod.agentName(), e.toString());
            }
        }
    }
}
