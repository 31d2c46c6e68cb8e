package io.slipway.server.cluster;

import io.slipway.server.store.ClusterStore;
import io.slipway.server.store.ServerRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's hold on its server id: the data folder's lock ({@link DataFolderLock}) and the id's row in
 * {@code servers}, taken at start-up before anything touches builds, then renewed on its own thread at every
 * heartbeat from that moment on.
 *
 * <p>Taking the id: when another process holds it with a live lease, the start waits, watching that lease.
 * If its heartbeat moves, a live server goes by this id and the start is refused ({@link #inUse}); if the lease
 * runs out, the holder is gone and the id is taken. The data folder breaks the tie at once: a row written from
 * this same folder belongs to a process that is gone, since this one holds the folder's lock (a restart
 * right after a kill, whose lease is still live for a few seconds, starts without waiting).
 *
 * <p>Renewing: {@link #state()} tells whether the last renewal held the id ({@link State#HELD}), could not
 * reach the database, found the row gone (another server took this one for dead) or found the id taken by
 * another process; {@link #silentFor()} how long since the last renewal that held it. Thread-safe.
 */
public final class ServerSeat implements AutoCloseable {

    /** What the last renewal found. */
    public enum State { HELD, UNREACHABLE, LOST, SEIZED }

    private static final Logger LOG = LoggerFactory.getLogger(ServerSeat.class);
    private static final int TAKE_ATTEMPTS = 1000;

    private final ClusterStore store;
    private final ServerIdentity me;
    private final Duration lease;
    private final DataFolderLock folder;
    private final String instance = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer;
    private final Duration heartbeat;
    private volatile long heldAtNanos;
    private volatile long renewingSinceNanos;
    private volatile State state = State.HELD;

    private ServerSeat(ClusterStore store, ServerIdentity me, ClusterSettings settings, DataFolderLock folder) {
        this.store = store;
        this.me = me;
        this.lease = settings.lease();
        this.heartbeat = settings.heartbeat();
        this.folder = folder;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "server-seat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Locks {@code dataDir} and takes id {@code me} in the database, waiting at most one lease of the current
     * holder to tell a live holder from a gone one; throws {@link IllegalStateException} when the folder or
     * the id is in use.
     */
    public static ServerSeat take(ClusterStore store, ServerIdentity me, ClusterSettings settings, Path dataDir) {
        DataFolderLock folder = DataFolderLock.acquire(dataDir);
        ServerSeat seat = new ServerSeat(store, me, settings, folder);
        try {
            seat.takeOrRefuse(settings.heartbeat());
        } catch (RuntimeException | InterruptedException e) {
            folder.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while taking server id " + me.id(), e);
            }
            throw (RuntimeException) e;
        }
        long period = settings.heartbeat().toMillis();
        seat.timer.scheduleWithFixedDelay(seat::renew, period, period, TimeUnit.MILLISECONDS);
        return seat;
    }

    /** The start-up error for an id a live server holds: the id, that server's last heartbeat, what to do. */
    public static String inUse(ServerRow holder) {
        return "SLIPWAY_SERVER_ID '" + holder.id() + "' is in use by another live server: its last heartbeat was at "
                + holder.heartbeatAt() + " (" + holder.silentFor().toMillis() + " ms before the database's now; lease "
                + holder.leaseMillis() + " ms), from another data folder. Give every server sharing a database its own"
                + " SLIPWAY_SERVER_ID (or leave it unset, and each data folder keeps a generated one). If that server was"
                + " stopped just now, start this one again once its lease has run out.";
    }

    private void takeOrRefuse(Duration heartbeat) throws InterruptedException {
        ServerRow first = null;
        long deadline = 0;
        for (int attempt = 0; attempt < TAKE_ATTEMPTS; attempt++) {
            long attemptAt = System.nanoTime();
            Optional<ServerRow> holder;
            try {
                holder = store.take(me.id(), lease.toMillis(), instance, folder.key());
            } catch (RuntimeException e) {
                // another server inserted the same id at the same moment: look again
                holder = store.server(me.id()).filter(row -> !instance.equals(row.instance()));
                if (holder.isEmpty()) {
                    throw e;
                }
            }
            if (holder.isEmpty()) {
                heldAtNanos = attemptAt;
                return;
            }
            ServerRow row = holder.get();
            if (first == null) {
                first = row;
                deadline = System.nanoTime() + Duration.ofMillis(row.leaseMillis()).plus(heartbeat.multipliedBy(2)).toNanos();
                LOG.warn("server id {} is held by another process (last heartbeat {}); waiting up to its lease ({} ms)"
                        + " to see whether it is alive", me.id(), row.heartbeatAt(), row.leaseMillis());
            } else if (!row.heartbeatAt().equals(first.heartbeatAt()) || !java.util.Objects.equals(row.instance(), first.instance())
                    || System.nanoTime() > deadline) {
                throw new IllegalStateException(inUse(row));
            }
            Thread.sleep(Math.max(50, heartbeat.toMillis() / 2));
        }
        throw new IllegalStateException("could not take server id " + me.id() + " in " + TAKE_ATTEMPTS + " attempts");
    }

    /** One renewal; runs on the seat's own thread, so a database that hangs delays nothing else. */
    private void renew() {
        long attemptAt = System.nanoTime();
        renewingSinceNanos = attemptAt;
        try {
            if (store.renew(me.id(), instance, lease.toMillis()) == 1) {
                heldAtNanos = attemptAt;
                state = State.HELD;
            } else {
                state = store.server(me.id()).isPresent() ? State.SEIZED : State.LOST;
            }
        } catch (RuntimeException e) {
            if (state != State.UNREACHABLE) {
                LOG.warn("server {} cannot renew its lease: {}", me.id(), e.getMessage());
            }
            state = State.UNREACHABLE;
        } finally {
            renewingSinceNanos = 0;
        }
    }

    /**
     * Whether the database is out of reach: the last renewal failed, or one has waited on it for longer than a
     * heartbeat (a connection that hangs). A process that merely stalled (a long pause) is not out of reach.
     */
    public boolean unreachable() {
        long since = renewingSinceNanos;
        return state == State.UNREACHABLE || (since != 0 && System.nanoTime() - since > heartbeat.toNanos());
    }

    /** Takes the id again after it was lost (or seized, once the other process's lease ran out); true when held. */
    public boolean rejoin() {
        long attemptAt = System.nanoTime();
        if (store.take(me.id(), lease.toMillis(), instance, folder.key()).isPresent()) {
            return false;
        }
        heldAtNanos = attemptAt;
        state = State.HELD;
        return true;
    }

    public State state() {
        return state;
    }

    /** How long since the start of the last renewal that held the id (the others count the lease from later). */
    public Duration silentFor() {
        return Duration.ofNanos(System.nanoTime() - heldAtNanos);
    }

    public ServerIdentity identity() {
        return me;
    }

    /** The process that holds the id the other row names, when another one took it. */
    public Optional<ServerRow> holder() {
        return store.server(me.id()).filter(row -> !instance.equals(row.instance()));
    }

    /** Stops renewing, gives the id up (unless another process holds it now) and unlocks the data folder. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            store.leave(me.id(), instance);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("server {} could not leave the cluster cleanly: {}", me.id(), e.getMessage());
        } finally {
            folder.close();
        }
    }
}
