package io.slipway.server.kube;

import io.slipway.agent.log.LogSink;
import io.slipway.server.agent.AgentProvisioner;
import io.slipway.server.agent.BuildRef;
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
 * and waits until the pod's agent has connected, failing early with the pod's reason. {@link Provisioned#release()}
 * deletes pod and secret and revokes the token, once. {@link #close()} deletes every pod still there (server
 * shutdown). Thread-safe; {@link #reconfigure} swaps settings and launcher for builds started afterwards.
 */
public final class PodAgents implements AgentProvisioner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PodAgents.class);

    private record Setup(KubernetesSettings settings, AgentPods pods, PodLauncher launcher) {
    }

    private final AgentAccess agents;
    private final BuildSourceFiles files;
    private final String serverId;
    private final AtomicReference<Setup> setup = new AtomicReference<>();

    /**
     * @param serverId this server's id, put on its pods as {@code slipway.io/server} so that a restart finds
     *        the pods a crashed process left ({@link #deleteLeftovers()}); null for none
     */
    public PodAgents(KubernetesSettings settings, PodLauncher launcher, AgentAccess agents, BuildSourceFiles files,
            String serverId) {
        this.agents = agents;
        this.files = files;
        this.serverId = serverId;
        reconfigure(settings, launcher);
    }

    /** Uses {@code settings} and {@code launcher} from now on (embedding, tests); the old launcher is closed. */
    public void reconfigure(KubernetesSettings settings, PodLauncher launcher) {
        Setup old = setup.getAndSet(new Setup(settings, new AgentPods(settings, serverId), launcher));
        if (old != null && old.launcher() != launcher) {
            old.launcher().close();
        }
    }

    /**
     * The server's pod agents, on fabric8's auto-configured client ({@code settings}' master URL overriding),
     * deleting in the background what an earlier process of this server left (see {@link #deleteLeftovers()}).
     */
    public static PodAgents start(KubernetesSettings settings, AgentAccess agents, BuildSourceFiles files,
            String serverId) {
        PodAgents pods = new PodAgents(settings, PodLauncher.fromSettings(settings), agents, files, serverId);
        if (settings.serverUrl() != null) {
            Thread cleanup = new Thread(() -> {
                try {
                    pods.deleteLeftovers();
                } catch (RuntimeException e) {
                    LOG.warn("cannot look for leftover build pods: {}", e.toString());
                }
            }, "pod-leftovers");
            cleanup.setDaemon(true);
            cleanup.start();
        }
        return pods;
    }

    /**
     * An online agent in a new pod for {@code build}, or empty when {@code spec} is no {@code kubernetes}
     * agent. Blocks until the agent connects (abortable by interrupting the thread). Its
     * {@link Provisioned#release()} deletes pod and secret and revokes the agent's token, once.
     *
     * @throws PodAgentFailure when the pod cannot be had, saying why (nothing is left behind then)
     */
    @Override
    public Optional<Provisioned> provision(BuildRef build, AgentSpec spec, LogSink log) throws InterruptedException {
        if (!(spec instanceof AgentSpec.Kubernetes kubernetes)) {
            return Optional.empty();
        }
        String job = build.job();
        int number = build.number();
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

    /**
     * Deletes, in the default namespace of build pods, the pods and secrets that an earlier process of this
     * server left (it stopped without deleting them; start-up has ended their builds). Only when pod agents
     * are configured ({@code SLIPWAY_K8S_SERVER_URL} set), so a server without a cluster never connects to one.
     * Call at start-up, before builds run; returns how many pods it deleted.
     */
    public int deleteLeftovers() {
        Setup s = setup.get();
        if (s.settings().serverUrl() == null || serverId == null) {
            return 0;
        }
        String namespace = s.settings().namespace() != null ? s.settings().namespace()
                : s.launcher().clientNamespace().orElse("default");
        int deleted = s.launcher().deleteLeftovers(namespace, s.pods().ownLabels());
        if (deleted > 0) {
            LOG.info("deleted {} build pod(s) in namespace {} left by an earlier run of this server", deleted, namespace);
        }
        return deleted;
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

    private final class Lease implements Provisioned {

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
                    // A pod that died under its build (OOMKilled, evicted) says why before it goes.
                    try {
                        launched.current().flatMap(PodStates::failure).ifPresent(why ->
                                log.line("Pod " + pod.namespace() + "/" + pod.agentName() + ": " + why));
                    } finally {
                        launched.close();
                    }
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
