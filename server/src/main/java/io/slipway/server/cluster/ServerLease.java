package io.slipway.server.cluster;

import io.slipway.server.queue.RestartRecovery;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.store.ClusterStore;
import io.slipway.server.store.ServerRow;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's lease among the servers sharing the database. At every heartbeat it renews the
 * lease, ends the builds of servers whose lease ran out (ABORTED, "server X stopped responding", as
 * a restart ends a server's own), and passes on aborts that users asked of another server for
 * builds this one runs. A server that finds its own lease taken (it stalled past it, and another
 * server already ended its builds) aborts what it still runs and registers again, so a build never
 * runs on while its record says it ended.
 */
public final class ServerLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLease.class);

    private final ClusterStore store;
    private final ServerIdentity me;
    private final ClusterSettings settings;
    private final RestartRecovery recovery;
    private final RunningBuilds running;
    private final ScheduledExecutorService timer;

    public ServerLease(ClusterStore store, ServerIdentity me, ClusterSettings settings, RestartRecovery recovery,
            RunningBuilds running) {
        this.store = store;
        this.me = me;
        this.settings = settings;
        this.recovery = recovery;
        this.running = running;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "server-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Registers this server and starts the heartbeat. */
    public void start() {
        store.register(me.id(), settings.lease().toMillis());
        long period = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
        LOG.info("server {} joined (lease {} ms)", me.id(), settings.lease().toMillis());
    }

    /** One heartbeat; public so that a test can run one without waiting for the timer. */
    public void beat() {
        try {
            if (store.renew(me.id(), settings.lease().toMillis()) == 0) {
                LOG.error("server {} lost its lease (stalled longer than {} ms); aborting its builds and rejoining",
                        me.id(), settings.lease().toMillis());
                running.abortAll("server " + me.id() + " lost its lease");
                store.register(me.id(), settings.lease().toMillis());
            }
            for (ServerRow server : store.servers()) {
                if (!server.id().equals(me.id()) && server.expired()) {
                    endBuildsOf(server.id());
                }
            }
            for (ClusterStore.AbortRequest request : store.abortRequests(me.id())) {
                running.find(request.jobName(), request.number())
                        .ifPresent(control -> control.abort(request.abortRequest()));
                store.clearAbortRequest(request.jobName(), request.number());
            }
        } catch (RuntimeException e) {
            LOG.warn("server {} heartbeat failed: {}", me.id(), e.getMessage());
        }
    }

    private void endBuildsOf(String gone) {
        int ended = recovery.abort(store.runningOn(gone, false), "server " + gone + " stopped responding");
        store.remove(gone);
        LOG.warn("server {} stopped responding (lease ran out); {} of its build(s) marked ABORTED", gone, ended);
    }

    /** Stops the heartbeat and leaves the cluster (the dispatcher has ended this server's builds). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            store.remove(me.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("server {} could not leave the cluster cleanly: {}", me.id(), e.getMessage());
        }
    }
}
