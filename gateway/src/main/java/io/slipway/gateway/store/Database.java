package io.slipway.gateway.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.schema.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SQL side of the store: migrations, loading every entity, persisting a write's row changes and
 * the change counter ({@code gw_state.version}) that other nodes poll. All SQL of the store lives
 * here and in the migrations.
 */
final class Database implements AutoCloseable {

    record Loaded(long version, List<Entity> entities) {}

    /** Most pooled PostgreSQL connections of one node: Admin API writes and config loads are short and few. */
    static final int POSTGRES_POOL_SIZE = 4;

    private final DataSource dataSource;
    /** Where the change listener opens its own long-lived connection: outside the pool, as it never gives it back. */
    private final DataSource listenerSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(DataSource dataSource, DataSource listenerSource, boolean postgres) {
        this.dataSource = dataSource;
        this.listenerSource = listenerSource;
        this.jdbi = Jdbi.create(dataSource);
        this.postgres = postgres;
    }

    static Database open(StoreSettings settings) {
        DataSource dataSource;
        DataSource listenerSource = null;
        if (settings.postgres()) {
            var pg = new PGSimpleDataSource();
            pg.setURL(settings.jdbcUrl());
            if (settings.user() != null) pg.setUser(settings.user());
            if (settings.password() != null) pg.setPassword(settings.password());
            if (!settings.jdbcUrl().contains("ApplicationName=")) {
                pg.setApplicationName("slipway-gateway"); // how pg_stat_activity names our connections
            }
            var pool = new HikariConfig();
            pool.setPoolName("slipway-gateway-db");
            pool.setDataSource(pg);
            pool.setMaximumPoolSize(POSTGRES_POOL_SIZE);
            pool.setMinimumIdle(1);
            // an unreachable database is an Admin API error within seconds, not after Hikari's default 30 s
            pool.setConnectionTimeout(3_000);
            listenerSource = pg;
            dataSource = new HikariDataSource(pool);
        } else {
            if (settings.jdbcUrl() == null) {
                try {
                    Files.createDirectories(settings.dataDir());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the data folder " + settings.dataDir(), e);
                }
            }
            dataSource = JdbcConnectionPool.create(settings.effectiveUrl(),
                    settings.user() == null ? "sa" : settings.user(), settings.password() == null ? "" : settings.password());
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/gateway")
                    .table("gw_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            close(dataSource);
            throw e;
        }
        return new Database(dataSource, listenerSource, settings.postgres());
    }

    /** True on PostgreSQL, where several nodes may share the store; an H2 file belongs to one node. */
    boolean shared() {
        return postgres;
    }

    /** The table of the nodes sharing this store ({@code GET /clustering/status}). */
    NodeTable nodes() {
        return new NodeTable(jdbi);
    }

    /** Calls {@code onChange} whenever another node commits a change; null where nodes cannot share (H2). */
    ChangeListener listen(Runnable onChange) {
        return postgres ? ChangeListener.start(listenerSource, onChange) : null;
    }

    long version() {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM gw_state WHERE id = 1").mapTo(Long.class).one());
    }

    boolean reachable() {
        try {
            version();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    Loaded load() {
        return jdbi.inTransaction(this::load);
    }

    Loaded load(Handle handle) {
        long version = handle.createQuery("SELECT version FROM gw_state WHERE id = 1").mapTo(Long.class).one();
        var entities = new ArrayList<Entity>();
        for (EntityKind kind : EntityKind.values()) {
            var table = EntityTables.of(kind).name();
            handle.createQuery("SELECT doc FROM " + table + " ORDER BY created_at, id")
                    .mapTo(String.class)
                    .forEach(doc -> entities.add(kind.read(parse(doc))));
        }
        return new Loaded(version, entities);
    }

    /**
     * Runs {@code write} in one transaction holding the lock on the change counter: it gets the
     * counter's value and the handle, returns the row changes to persist; the counter is then increased.
     */
    <T> T write(WriteBody<T> write) {
        return jdbi.inTransaction(handle -> {
            long version = handle.createQuery("SELECT version FROM gw_state WHERE id = 1 FOR UPDATE")
                    .mapTo(Long.class).one();
            T result = write.run(handle, version);
            handle.createUpdate("UPDATE gw_state SET version = :v WHERE id = 1").bind("v", version + 1).execute();
            if (postgres) {
                handle.execute("NOTIFY " + ChangeListener.CHANNEL);  // delivered to the other nodes on commit
            }
            return result;
        });
    }

    @FunctionalInterface
    interface WriteBody<T> {
        T run(Handle handle, long version);
    }

    void persist(Handle handle, List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.Removal removal) {
                handle.createUpdate("DELETE FROM " + EntityTables.of(removal.kind()).name() + " WHERE id = :id")
                        .bind("id", removal.id().toString()).execute();
            } else if (change instanceof Change.Upsert upsert) {
                upsert(handle, upsert.entity());
            }
        }
    }

    private void upsert(Handle handle, Entity entity) {
        var table = EntityTables.of(EntityKind.of(entity));
        ObjectNode json = KongJson.toJson(entity);
        var names = new ArrayList<>(table.columns().keySet());
        names.add("doc");
        String set = names.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        var update = handle.createUpdate("UPDATE " + table.name() + " SET " + set + " WHERE id = :id");
        bind(update, table, json);
        if (update.execute() == 0) {
            var insert = handle.createUpdate("INSERT INTO " + table.name() + " (id, " + String.join(", ", names)
                    + ") VALUES (:id, " + names.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")");
            bind(insert, table, json);
            insert.execute();
        }
    }

    private static void bind(org.jdbi.v3.core.statement.Update update, EntityTables.Table table, ObjectNode json) {
        update.bind("id", json.get("id").asText());
        table.columns().forEach((column, value) -> {
            Object v = value.apply(json);
            if (v instanceof Long l) update.bind(column, l);
            else update.bind(column, (String) v);
        });
        update.bind("doc", KongJson.write(json));
    }

    private static ObjectNode parse(String doc) {
        try {
            return (ObjectNode) KongJson.mapper().readTree(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable entity document in the gateway store", e);
        }
    }

    @Override
    public void close() {
        close(dataSource);
    }

    private static void close(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        } else if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
