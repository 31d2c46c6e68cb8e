package io.slipway.gateway.store;

import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.timer.TimerStats;
import io.slipway.gateway.timer.Timers;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's configuration: every entity, in a database (H2 file or PostgreSQL) or, DB-less, only
 * in memory. Each write runs against a private copy of the entities, is persisted in one transaction
 * with the change counter increased, and after the commit a new {@link GatewayConfig} snapshot is
 * published to every listener, in commit order. A node sharing PostgreSQL with others reloads when
 * another node changed the counter: at once on that node's NOTIFY ({@link ChangeListener}), and at
 * the latest at its next poll of the counter.
 * <p>
 * Threading: writes are serialised (per node by a lock, across nodes by the counter's row lock);
 * {@link #current()} may be called from any thread.
 */
public final class ConfigStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigStore.class);

    private final Database database;
    private final List<Consumer<GatewayConfig>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final ScheduledExecutorService poller;
    private final ChangeListener changeListener;
    private final NodeTable nodeTable;
    private final java.util.Map<java.util.UUID, ClusterNode> nodesInMemory = new java.util.concurrent.ConcurrentHashMap<>();
    private EntitySet committed;
    private volatile long version;
    private volatile GatewayConfig current;

    private ConfigStore(Database database, EntitySet committed, long version, long pollMillis, Timers timers) {
        this.database = database;
        this.committed = committed;
        this.version = version;
        this.current = committed.snapshot();
        if (database != null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "gateway-config-poller");
                thread.setDaemon(true);
                return thread;
            });
            TimerStats timer = timers.register("config-poll", "reloads the configuration when another node "
                    + "changed it (the change counter, every " + pollMillis + " ms and on each change notification)",
                    ConfigStore.class, pollMillis);
            Runnable poll = timer.wrap(this::poll);
            poller.scheduleWithFixedDelay(poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
            changeListener = database.listen(() -> poller.execute(poll));
            nodeTable = database.nodes();
        } else {
            poller = null;
            changeListener = null;
            nodeTable = null;
        }
    }

    /** Opens (and migrates) the database the settings name and loads the configuration. */
    public static ConfigStore open(StoreSettings settings) {
        return open(settings, new Timers());
    }

    /** Opens the store; its configuration poll is counted among {@code timers}. */
    public static ConfigStore open(StoreSettings settings, Timers timers) {
        var database = Database.open(settings);
        var loaded = database.load();
        return new ConfigStore(database, EntitySet.of(loaded.entities()), loaded.version(), settings.pollMillis(), timers);
    }

    /** A DB-less store holding the given entities in memory; they must already be valid and consistent. */
    public static ConfigStore inMemory(Collection<? extends Entity> entities) {
        var set = EntitySet.of(List.of());
        entities.stream()
                .sorted(java.util.Comparator.comparing(e -> io.slipway.gateway.config.schema.EntityKind.of(e).ordinal()))
                .forEach(set::insert);
        return new ConfigStore(null, set.copy(), 0, 1, new Timers());
    }

    /** True when there is no database (DB-less): the Admin API then refuses writes other than {@code POST /config}. */
    public boolean declarative() {
        return database == null;
    }

    public boolean reachable() {
        return database == null || database.reachable();
    }

    /** Runs {@code query} on the committed entities; it must not change them. */
    public <T> T read(Function<EntitySet, T> query) {
        synchronized (lock) {
            return query.apply(committed);
        }
    }

    /**
     * The change counter of the latest committed configuration ({@code gw_state.version}; 0 without a
     * database). Read inside a {@link #subscribe} listener, it is the counter of the configuration the
     * listener was given.
     */
    public long version() {
        return version;
    }

    /** True when other nodes may share this store (PostgreSQL); an H2 file or DB-less memory is one node's. */
    public boolean shared() {
        return database != null && database.shared();
    }

    /** Records what a node reports about itself, replacing its previous report. */
    public void recordNode(ClusterNode node) {
        if (nodeTable == null) {
            nodesInMemory.put(node.id(), node);
        } else {
            nodeTable.upsert(node);
        }
    }

    /** Every node that reported to this store and has not left, by id. */
    public List<ClusterNode> nodes() {
        if (nodeTable == null) {
            return nodesInMemory.values().stream().sorted(java.util.Comparator.comparing(n -> n.id().toString())).toList();
        }
        return nodeTable.all();
    }

    /** Forgets a node (it stopped cleanly). */
    public void forgetNode(java.util.UUID id) {
        if (nodeTable == null) {
            nodesInMemory.remove(id);
        } else {
            nodeTable.delete(id);
        }
    }

    /** Forgets the other nodes last seen before {@code epochSeconds}; returns how many. */
    public int forgetNodesSeenBefore(java.util.UUID self, long epochSeconds) {
        if (nodeTable == null) {
            int before = nodesInMemory.size();
            nodesInMemory.values().removeIf(n -> !n.id().equals(self) && n.lastSeen() < epochSeconds);
            return before - nodesInMemory.size();
        }
        return nodeTable.deleteOthersSeenBefore(self, epochSeconds);
    }

    /** The latest committed configuration. */
    public GatewayConfig current() {
        return current;
    }

    /** Calls {@code listener} now with the current configuration and then after every change. */
    public void subscribe(Consumer<GatewayConfig> listener) {
        synchronized (lock) {
            listeners.add(listener);
            listener.accept(current);
        }
    }

    /**
     * Applies {@code change} to a copy of the entities and makes it durable and visible at once, or not at
     * all when it throws (a {@link StoreError} for Kong's relational errors).
     */
    public <T> T write(Function<EntitySet, T> change) {
        synchronized (lock) {
            if (database == null) {
                var copy = committed.copy();
                T result = change.apply(copy);
                commit(copy, 0);
                return result;
            }
            var outcome = database.write((handle, dbVersion) -> {
                var base = dbVersion == version ? committed : EntitySet.of(database.load(handle).entities());
                var copy = base.copy();
                T result = change.apply(copy);
                database.persist(handle, copy.changes());
                return new Outcome<>(copy, dbVersion + 1, result);
            });
            commit(outcome.set(), outcome.version());
            return outcome.result();
        }
    }

    /** Replaces every entity at once (declarative {@code POST /config}); allowed in DB-less mode too. */
    public GatewayConfig replaceAll(Collection<? extends Entity> entities) {
        write(set -> {
            set.clear();
            entities.stream()
                    .sorted(java.util.Comparator.comparing(e -> io.slipway.gateway.config.schema.EntityKind.of(e).ordinal()))
                    .forEach(set::insert);
            return null;
        });
        return current;
    }

    private record Outcome<T>(EntitySet set, long version, T result) {}

    private void commit(EntitySet set, long newVersion) {
        committed = set.copy();
        version = newVersion;
        current = set.snapshot();
        for (var listener : listeners) {
            try {
                listener.accept(current);
            } catch (RuntimeException e) {
                LOG.error("a configuration listener failed on configuration {}", current.hash(), e);
            }
        }
    }

    /** Reloads when another node changed the configuration. */
    private void poll() {
        try {
            if (database.version() == version) {
                return;
            }
            synchronized (lock) {
                var loaded = database.load();
                if (loaded.version() != version) {
                    commit(EntitySet.of(loaded.entities()), loaded.version());
                    LOG.info("configuration changed by another node, now {}", current.hash());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot poll the gateway store for changes: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (changeListener != null) {
            changeListener.close();
        }
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
    }
}
