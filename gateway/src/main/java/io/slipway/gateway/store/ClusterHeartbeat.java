package io.slipway.gateway.store;

import io.slipway.gateway.timer.Timers;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's row in the store's list of nodes fresh: every {@code intervalMillis}, and soon
 * after each configuration the node applied ({@link #beatSoon}), so that {@code GET /clustering/status}
 * on any node shows which configuration every node serves. Rows of other nodes not seen for 14 days
 * are deleted (Kong's {@code cluster_data_plane_purge_delay}); on a store only this node can use (an
 * H2 file) every other row is a leftover of an earlier run and is deleted at once. Closing deletes
 * this node's row. Runs on one daemon thread; a failed beat is logged and the next one retries.
 */
public final class ClusterHeartbeat implements AutoCloseable {

    /** Rows of nodes unseen for this long are deleted, as Kong purges silent data planes. */
    static final Duration PURGE_DELAY = Duration.ofDays(14);

    private static final Logger LOG = LoggerFactory.getLogger(ClusterHeartbeat.class);

    private final ConfigStore store;
    private final Supplier<ClusterNode> self;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "gateway-cluster-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable beat;

    /** Starts beating at once; {@code self} is asked for this node's report on each beat. */
    public ClusterHeartbeat(ConfigStore store, Supplier<ClusterNode> self, Timers timers, long intervalMillis) {
        this.store = store;
        this.self = self;
        this.beat = timers.register("cluster-heartbeat", "reports this node's served configuration to the store "
                        + "shared with the other nodes (GET /clustering/status), every " + intervalMillis
                        + " ms and after each configuration change", ClusterHeartbeat.class, intervalMillis)
                .wrap(this::beat);
        executor.scheduleWithFixedDelay(this::beatLogged, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Reports soon, off the caller's thread (called after the node applied a configuration). */
    public void beatSoon() {
        try {
            executor.execute(this::beatLogged);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the row is being deleted anyway
        }
    }

    private void beatLogged() {
        try {
            beat.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot report this gateway node to the store: {}", e.getMessage());
        }
    }

    private void beat() {
        var node = self.get();
        store.recordNode(node);
        long before = store.shared() ? node.lastSeen() - PURGE_DELAY.toSeconds() : Long.MAX_VALUE;
        int purged = store.forgetNodesSeenBefore(node.id(), before);
        if (purged > 0) {
            LOG.info("forgot {} gateway node(s) that stopped reporting", purged);
        }
    }

    @Override
    public void close() {
        executor.shutdown();    // not shutdownNow: interrupting a beat mid-write would close H2's file under the store
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.forgetNode(self.get().id());
        } catch (RuntimeException e) {
            LOG.warn("cannot remove this gateway node from the store's list of nodes: {}", e.getMessage());
        }
    }
}
