package io.slipway.server.agent;

import io.javalin.websocket.WsContext;
import io.slipway.agent.log.LogSink;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One registered agent as this server knows it while it is connected and across short cuts: its current
 * WebSocket (none during a cut), what it offers, the executors leased to builds, the step calls sent to it
 * and not yet answered, and the highest sequence number of its reliable stream handled here. A cut does
 * not end anything: calls are sent again on reconnect and the agent resends what was not acknowledged.
 * Only silence past the heartbeat timeout ({@link #goOffline}) fails the calls and leases. Thread-safe.
 */
final class AgentSession {

    private static final Logger LOG = LoggerFactory.getLogger(AgentSession.class);

    /** A call sent to the agent: where its log lines go and the future its result completes. */
    record PendingCall(Message.RunStep request, LogSink log, CompletableFuture<Message.Result> result) {
    }

    private final String name;
    private volatile String displayName;
    private final Map<String, PendingCall> calls = new ConcurrentHashMap<>();
    private final List<AgentLease> leases = new CopyOnWriteArrayList<>();
    private WsContext socket;
    private String instance;
    private Set<String> labels = Set.of();
    private int executors;
    private String workDir;
    private long handledSeq;
    private volatile long lastHeard = System.nanoTime();
    private volatile boolean online;
    private Instant connectedAt;
    private Instant lastSeen;

    AgentSession(String name) {
        this.name = name;
        this.displayName = name;
    }

    /** The registered name: whose token this agent holds (its identity, the key of the API's paths). */
    String name() {
        return name;
    }

    /** The name shown in the API, the Agents page and build logs: the agent's {@code --name}, else {@link #name}. */
    String displayName() {
        return displayName;
    }

    /**
     * Takes a new connection of this agent, shown as {@code shownName}: resets the stream for a new agent process,
     * resends open calls.
     */
    synchronized void attach(WsContext ws, Agent agent, Message.Hello hello, String shownName, long heartbeatMillis) {
        if (socket != null && socket != ws) {
            closeQuietly(socket, "replaced by a new connection");
        }
        boolean restarted = instance != null && !instance.equals(hello.instance());
        if (restarted) {
            failAll("agent " + displayName + " restarted");
            handledSeq = 0;
        }
        // the same process back within the heartbeat timeout: its builds here go on
        boolean resumed = online && !restarted && !leases.isEmpty();
        instance = hello.instance();
        Set<String> offered = new LinkedHashSet<>(agent.labels());
        offered.addAll(hello.labels());
        offered.add(name);
        offered.add(shownName);
        displayName = shownName;
        labels = Set.copyOf(offered);
        executors = hello.executors() > 0 ? hello.executors() : agent.executors();
        workDir = hello.workDir();
        socket = ws;
        online = true;
        heard();
        connectedAt = Instant.now();
        send(new Message.Welcome(shownName, heartbeatMillis, handledSeq, resumed));
        calls.values().forEach(c -> send(c.request()));
    }

    /** The connection closed; the agent stays online (and its builds wait) until the heartbeat timeout. */
    synchronized void detach(WsContext ws) {
        if (socket == ws) {
            socket = null;
        }
    }

    /** Handles a message from the agent's current connection. */
    void received(Message message) {
        heard();
        if (message instanceof Message.Sequenced sequenced) {
            handleSequenced(sequenced);
        }
    }

    private synchronized void handleSequenced(Message.Sequenced m) {
        // strictly in order: the agent resends from the first unhandled number after a cut
        if (m.seq() == handledSeq + 1 || (handledSeq == 0 && m.seq() > 0)) {
            if (m instanceof Message.Log log) {
                PendingCall call = calls.get(log.call());
                if (call != null) {
                    call.log().line(log.line());
                }
            } else if (m instanceof Message.Result result) {
                PendingCall call = calls.remove(result.call());
                if (call != null) {
                    call.result().complete(result);
                }
            }
            handledSeq = m.seq();
        }
        send(new Message.Ack(handledSeq));
    }

    /** Sends a step call; the future completes with its result, or fails with {@link AgentOffline}. */
    CompletableFuture<Message.Result> run(Message.RunStep request, LogSink log) {
        PendingCall call = new PendingCall(request, log, new CompletableFuture<>());
        synchronized (this) {
            if (!online) {
                call.result().completeExceptionally(new AgentOffline("agent " + displayName + " is offline"));
                return call.result();
            }
            calls.put(request.call(), call);
            send(request);
        }
        return call.result();
    }

    /** Stops waiting for {@code call} and asks the agent to stop it. */
    synchronized void cancel(String call) {
        if (calls.remove(call) != null) {
            send(new Message.Cancel(call));
        }
    }

    synchronized void send(Message message) {
        if (socket == null) {
            return;
        }
        try {
            socket.send(Messages.write(message));
        } catch (RuntimeException e) {
            LOG.debug("agent {}: send failed ({}); the agent will get it after reconnecting", name, e.toString());
        }
    }

    private void heard() {
        lastHeard = System.nanoTime();
        lastSeen = Instant.now();
    }

    /** Whether the agent was silent for longer than {@code timeoutNanos}. */
    boolean silentFor(long timeoutNanos) {
        return online && System.nanoTime() - lastHeard > timeoutNanos;
    }

    /** Marks the agent offline: closes its connection and ends its calls and leases with {@code reason}. */
    void goOffline(String reason) {
        List<AgentLease> lost;
        synchronized (this) {
            if (!online) {
                return;
            }
            online = false;
            if (socket != null) {
                closeQuietly(socket, reason);
                socket = null;
            }
            lost = new ArrayList<>(leases);
        }
        LOG.warn("{}", reason);
        // the leases first: their builds are aborted with this reason before their calls fail
        lost.forEach(l -> l.lost(reason));
        synchronized (this) {
            failAll(reason);
        }
    }

    private void failAll(String reason) {
        List<PendingCall> open = new ArrayList<>(calls.values());
        calls.clear();
        open.forEach(c -> c.result().completeExceptionally(new AgentOffline(reason)));
    }

    /** Takes one executor for {@code lease} when the agent is online, matches and has one free. */
    synchronized boolean tryLease(LabelExpression expression, AgentLease lease) {
        if (!online || socket == null || leases.size() >= executors || !expression.matches(labels)) {
            return false;
        }
        // concurrent builds of one job on one agent get job, job@2, job@3, as Jenkins names the workspaces
        String base = lease.build().job().replace('/', '_');
        java.util.Set<String> taken = new java.util.HashSet<>();
        leases.forEach(l -> taken.add(l.workspaceName()));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "@" + n;
        }
        lease.workspaceName(name);
        leases.add(lease);
        return true;
    }

    /** Whether a lease for {@code expression} would be granted now. */
    synchronized boolean hasFreeExecutor(LabelExpression expression) {
        return online && socket != null && leases.size() < executors && expression.matches(labels);
    }

    void release(AgentLease lease) {
        leases.remove(lease);
    }

    synchronized boolean matchesOnline(LabelExpression expression) {
        return online && expression.matches(labels);
    }

    boolean online() {
        return online;
    }

    /** What the API shows of a connected (or recently connected) agent. */
    synchronized AgentStatus status() {
        return new AgentStatus(displayName, online, List.copyOf(labels), executors, workDir, connectedAt, lastSeen,
                leases.stream().map(AgentLease::build).map(BuildRef::toString).toList());
    }

    synchronized String workDir() {
        return workDir;
    }

    private static void closeQuietly(WsContext ws, String reason) {
        try {
            ws.closeSession(4000, reason.length() > 100 ? reason.substring(0, 100) : reason);
        } catch (RuntimeException e) {
            LOG.debug("closing an agent connection failed: {}", e.toString());
        }
    }
}
