package io.slipway.server.cluster;

import io.slipway.server.queue.Dispatcher;
import io.slipway.server.queue.RestartRecovery;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.store.BuildRow;
import io.slipway.server.store.ClusterStore;
import io.slipway.server.store.ServerRow;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's duties among the servers sharing the database, at every heartbeat: it ends the builds of
 * servers whose lease ran out (ABORTED, "server X stopped responding", as a restart ends a server's own),
 * and passes on aborts that users asked of another server for builds this one runs. Its own lease is
 * renewed by its {@link ServerSeat}.
 *
 * <p>A build never runs on here while another server may end it and run it again:
 * <ul>
 * <li><b>Cut off from the database</b> (the seat has not renewed for longer than the lease because the
 *     database does not answer, so the others will take this server for dead): it aborts its running builds locally and stops claiming queued ones.
 *     This is checked on a thread of its own that never touches the database, so a connection that hangs
 *     cannot delay it. When the database answers again, the builds still recorded as running here are ended
 *     (unless another server did that already) and claiming resumes.</li>
 * <li><b>Lease lost</b> (it stalled, and another server already ended its builds and removed its row): it
 *     aborts what it still runs and takes its id again.</li>
 * <li><b>Id seized</b> (another process took this server's id after this one's lease ran out): it aborts what
 *     it runs and stops claiming until it can take its id back.</li>
 * </ul>
 */
public final class ServerLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLease.class);

    private final ServerSeat seat;
    private final ClusterStore store;
    private final ClusterSettings settings;
    private final RestartRecovery recovery;
    private final RunningBuilds running;
    private final Dispatcher dispatcher;
    private final String id;
    private final ScheduledExecutorService timer;
    private volatile boolean cutOff;
    private volatile boolean seized;

    public ServerLease(ServerSeat seat, ClusterStore store, ClusterSettings settings, RestartRecovery recovery,
            RunningBuilds running, Dispatcher dispatcher) {
        this.seat = seat;
        this.store = store;
        this.settings = settings;
        this.recovery = recovery;
        this.running = running;
        this.dispatcher = dispatcher;
        this.id = seat.identity().id();
        this.timer = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "server-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The end reason of builds aborted because this server could not reach the database for a lease. */
    public static String cutOffReason(String serverId, long leaseMillis) {
        return "server " + serverId + " lost its connection to the database for longer than its lease ("
                + leaseMillis + " ms)";
    }

    /** Starts the heartbeat duties and the watch for a lost database. */
    public void start() {
        long period = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::watch, period / 2, period / 2, TimeUnit.MILLISECONDS);
        LOG.info("server {} joined (lease {} ms)", id, settings.lease().toMillis());
    }

    /** Whether this server runs no builds now because it lost the database or its id. */
    public boolean standingDown() {
        return cutOff || seized;
    }

    /** Without the database for longer than the lease: stop every build here before another server ends it. */
    private void watch() {
        if (cutOff || seat.silentFor().compareTo(settings.lease()) <= 0 || !seat.unreachable()) {
            return;
        }
        cutOff = true;
        dispatcher.pauseClaims(true);
        String reason = cutOffReason(id, settings.lease().toMillis());
        LOG.error("{}: aborting its {} running build(s) and claiming none until the database answers again",
                reason, running.size());
        running.abortAll(reason);
    }

    /** One heartbeat; public so that a test can run one without waiting for the timer. */
    public void beat() {
        try {
            switch (seat.state()) {
                case UNREACHABLE -> {
                    return;
                }
                case LOST -> {
                    if (!cutOff) {
                        LOG.error("server {} lost its lease (stalled longer than {} ms); aborting its builds and"
                                + " rejoining", id, settings.lease().toMillis());
                        running.abortAll("server " + id + " lost its lease");
                    }
                    seat.rejoin();
                }
                case SEIZED -> {
                    if (!seized) {
                        seized = true;
                        dispatcher.pauseClaims(true);
                        LOG.error("server id {} was taken by another process ({}); this server aborts its builds and"
                                + " claims none until it gets its id back", id, seat.holder().map(ServerLease::describe)
                                .orElse("gone again"));
                        running.abortAll("server id " + id + " was taken by another server");
                    }
                    if (!seat.rejoin()) {
                        return;
                    }
                }
                case HELD -> {
                }
            }
            if (standingDown() && seat.state() == ServerSeat.State.HELD) {
                resume();
            }
            for (ServerRow server : store.servers()) {
                if (!server.id().equals(id) && server.expired()) {
                    endBuildsOf(server);
                }
            }
            for (ClusterStore.AbortRequest request : store.abortRequests(id)) {
                running.find(request.jobName(), request.number())
                        .ifPresent(control -> control.abort(request.abortRequest()));
                store.clearAbortRequest(request.jobName(), request.number());
            }
        } catch (RuntimeException e) {
            LOG.warn("server {} heartbeat failed: {}", id, e.getMessage());
        }
    }

    /** Back on the database with the id held: ends what the database still says runs here, claims again. */
    private void resume() {
        List<BuildRow> stale = store.runningOn(id, false).stream()
                .filter(row -> running.find(row.jobName(), row.number()).isEmpty()).toList();
        int ended = recovery.abort(stale, cutOff ? cutOffReason(id, settings.lease().toMillis())
                : "server id " + id + " was taken by another server");
        cutOff = false;
        seized = false;
        dispatcher.pauseClaims(false);
        LOG.info("server {} reaches the database again with its id held; {} build(s) it had stopped were ended here,"
                + " claiming builds again", id, ended);
    }

    private static String describe(ServerRow row) {
        return "last heartbeat " + row.heartbeatAt();
    }

    private void endBuildsOf(ServerRow server) {
        String gone = server.id();
        int ended = recovery.abort(store.runningOn(gone, false), "server " + gone + " stopped responding");
        store.removeExpired(gone, server.heartbeatAt());
        LOG.warn("server {} stopped responding (lease ran out); {} of its build(s) marked ABORTED", gone, ended);
    }

    /** Stops the heartbeat and leaves the cluster (the dispatcher has ended this server's builds). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        seat.close();
    }
}
