package io.slipway.server.agent;

import io.javalin.websocket.WsContext;
import io.slipway.agent.log.LogSink;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.step.Cancellation;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.model.AgentSpec;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The remote agents connected to this server and their executors. Builds {@link #acquire} an executor of an
 * agent whose labels match their {@code agent { label ... }} (waiting, abortably, while none is free, and asking
 * the {@link AgentProvisioner}s for the kinds of agent they launch); a heartbeat thread marks agents silent past
 * the timeout offline, which ends their leases. Thread-safe.
 */
public final class AgentPool implements AutoCloseable {

    private final AgentSettings settings;
    private final Map<String, AgentSession> sessions = new ConcurrentHashMap<>();
    private final List<AgentProvisioner> provisioners = new CopyOnWriteArrayList<>();
    private final Object changed = new Object();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "agent-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    public AgentPool(AgentSettings settings, AgentRegistry registry) {
        this.settings = settings;
        registry.onRevoke(name -> Optional.ofNullable(sessions.remove(name))
                .ifPresent(s -> s.goOffline("agent " + s.displayName() + " was revoked")));
        long every = settings.heartbeatInterval().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    public AgentSettings settings() {
        return settings;
    }

    /** Adds a provisioner asked for agents of the kinds it launches (see {@link AgentProvisioner}). */
    public void addProvisioner(AgentProvisioner provisioner) {
        provisioners.add(provisioner);
    }

    /** Whether {@code spec} needs a remote agent: a label (or node label) expression; any/none run on the server. */
    public static Optional<String> labelOf(AgentSpec spec) {
        if (spec instanceof AgentSpec.Label l) {
            return Optional.of(text(l.label()));
        }
        if (spec instanceof AgentSpec.Node n) {
            return Optional.of(text(n.label()));
        }
        return Optional.empty();
    }

    /**
     * An executor for {@code build} on an agent that {@code spec} asks for, or empty when the spec runs on the
     * server's built-in executor ({@code any}, {@code none}, or a kind no provisioner handles). Waits while no
     * matching agent has a free executor, logging "Waiting for an agent with label 'x'" once; an abort
     * interrupts the wait. A provisioned agent is released when the lease closes (or when the wait fails).
     */
    public Optional<AgentLease> acquire(BuildRef build, AgentSpec spec, Cancellation cancellation, LogSink log)
            throws InterruptedException {
        Optional<String> label = labelOf(spec);
        if (label.isPresent()) {
            return Optional.of(await(build, LabelExpression.parse(label.get()), label.get(), cancellation, log,
                    () -> { }));
        }
        if (spec instanceof AgentSpec.Any || spec instanceof AgentSpec.None) {
            return Optional.empty();
        }
        for (AgentProvisioner provisioner : provisioners) {
            Optional<AgentProvisioner.Provisioned> provisioned = provisioner.provision(build, spec, log);
            if (provisioned.isPresent()) {
                AgentProvisioner.Provisioned p = provisioned.get();
                try {
                    return Optional.of(await(build, LabelExpression.parse(p.label()), p.label(), cancellation, log,
                            p::release));
                } catch (InterruptedException | RuntimeException e) {
                    p.release();
                    throw e;
                }
            }
        }
        return Optional.empty();
    }

    private AgentLease await(BuildRef build, LabelExpression expression, String text, Cancellation cancellation,
            LogSink log, Runnable onRelease) throws InterruptedException {
        boolean told = false;
        while (true) {
            cancellation.check();
            Optional<AgentLease> lease = tryLease(build, expression, onRelease);
            if (lease.isPresent()) {
                log.line("Running on agent " + lease.get().agent() + " in " + lease.get().workspace(build.job()));
                return lease.get();
            }
            if (!told) {
                log.line("Waiting for an agent with label '" + text + "'");
                told = true;
            }
            synchronized (changed) {
                changed.wait(1000);
            }
        }
    }

    private Optional<AgentLease> tryLease(BuildRef build, LabelExpression expression, Runnable onRelease) {
        List<AgentSession> candidates = sessions.values().stream()
                .sorted(Comparator.comparingInt((AgentSession s) -> s.status().builds().size())
                        .thenComparing(AgentSession::name))
                .toList();
        for (AgentSession session : candidates) {
            AgentLease lease = new AgentLease(session, build, () -> {
                onRelease.run();
                signal();
            });
            if (session.tryLease(expression, lease)) {
                return Optional.of(lease);
            }
        }
        return Optional.empty();
    }

    /** Waits up to {@code timeout} until an agent matching {@code labelExpression} is online; whether one is. */
    public boolean awaitOnline(String labelExpression, Duration timeout) throws InterruptedException {
        LabelExpression expression = LabelExpression.parse(labelExpression);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (sessions.values().stream().anyMatch(s -> s.matchesOnline(expression))) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            synchronized (changed) {
                changed.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 1000)));
            }
        }
    }

    /** Whether an agent connected here matches {@code labelExpression} and has a free executor now. */
    public boolean hasFreeExecutor(String labelExpression) {
        LabelExpression expression = LabelExpression.parse(labelExpression);
        return sessions.values().stream().anyMatch(s -> s.hasFreeExecutor(expression));
    }

    /**
     * For the dispatcher: which of the queued builds {@code parked} for an agent label this server may claim now
     * (one of its own agents matches with a free executor); builds not parked are always claimable.
     */
    public java.util.function.BiPredicate<String, Integer> claimable(Map<BuildRef, String> parked) {
        if (parked.isEmpty()) {
            return (job, number) -> true;
        }
        Map<String, Boolean> free = new java.util.HashMap<>();
        return (job, number) -> {
            String label = parked.get(new BuildRef(job, number));
            if (label == null) {
                return true;
            }
            return free.computeIfAbsent(label, l -> {
                try {
                    return hasFreeExecutor(l);
                } catch (LabelSyntaxError e) {
                    return true; // the runner fails the build naming the position
                }
            });
        };
    }

    /** Whether agent {@code name} holds an executor for {@code build} here. */
    public boolean holds(String name, BuildRef build) {
        AgentSession session = sessions.get(name);
        return session != null && session.status().builds().contains(build.toString());
    }

    /** What this server knows of agent {@code name}'s connection, if it connected here. */
    public Optional<AgentStatus> status(String name) {
        return Optional.ofNullable(sessions.get(name)).map(AgentSession::status);
    }

    /**
     * Which other agent online here shows {@code name} (its registered name), if one does: an agent's own
     * earlier connection does not count, so a restarted or reconnecting agent keeps its name.
     */
    public Optional<String> nameTaken(String name, String registeredName) {
        return sessions.values().stream()
                .filter(s -> !s.name().equals(registeredName) && s.online() && s.displayName().equals(name))
                .map(AgentSession::name).findFirst();
    }

    /** The registered name of the agent online here under the shown name {@code name}, if there is one. */
    public Optional<String> registeredNameShowing(String name) {
        return sessions.values().stream().filter(s -> s.online() && s.displayName().equals(name))
                .map(AgentSession::name).findFirst();
    }

    /**
     * Takes agent {@code agent}'s new connection, shown as {@code name}; when another online agent shows that
     * name already, nothing changes and the answer names that agent (its registered name).
     */
    Optional<String> connected(WsContext ws, Agent agent, Message.Hello hello, String name) {
        synchronized (sessions) {
            Optional<String> taken = nameTaken(name, agent.name());
            if (taken.isPresent()) {
                return taken;
            }
            AgentSession session = sessions.computeIfAbsent(agent.name(), AgentSession::new);
            session.attach(ws, agent, hello, name, settings.heartbeatInterval().toMillis());
        }
        signal();
        return Optional.empty();
    }

    void received(String agent, Message message) {
        AgentSession session = sessions.get(agent);
        if (session != null) {
            session.received(message);
        }
    }

    void disconnected(String agent, WsContext ws) {
        AgentSession session = sessions.get(agent);
        if (session != null) {
            session.detach(ws);
        }
    }

    private void beat() {
        try {
            long timeout = settings.heartbeatTimeout().toNanos();
            for (AgentSession session : sessions.values()) {
                if (session.silentFor(timeout)) {
                    session.goOffline("agent " + session.displayName() + " went offline (no heartbeat for "
                            + settings.heartbeatTimeout().toMillis() / 1000.0 + " s)");
                    signal();
                } else if (session.online()) {
                    session.send(new Message.Heartbeat(System.currentTimeMillis()));
                }
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AgentPool.class).error("agent heartbeat pass failed", e);
        }
    }

    private void signal() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }

    /** A label as written; an expression (an interpolated string) is not evaluated here and must be literal. */
    private static String text(io.slipway.dsl.model.Value value) {
        if (value instanceof io.slipway.dsl.model.Value.Literal literal) {
            return String.valueOf(literal.value());
        }
        throw new StepFailure("agent label must be a literal string, was " + value);
    }
}
