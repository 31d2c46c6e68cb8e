package io.slipway.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.slipway.server.config.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server's database: an H2 file under the data folder by default, PostgreSQL when the JDBC URL
 * says so. Opening it brings the schema to this build's ({@link Migrations}; an empty data folder starts from the
 * build's {@link H2Seed}), so a returned database always has the current schema.
 */
public final class Database implements AutoCloseable {

    private final Jdbi jdbi;
    private final boolean h2;
    private final DataSource dataSource;
    private final String schema;

    private Database(Jdbi jdbi, boolean h2, DataSource dataSource, String schema) {
        this.jdbi = jdbi;
        this.h2 = h2;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Opens (and migrates) the database the settings name. */
    public static Database open(ServerSettings settings) {
        String url = settings.dbUrl();
        DataSource dataSource;
        DataSource migrations = null;
        boolean h2;
        boolean seeded = false;
        if (url == null) {
            createDataFolder(settings.dataDir());
            seeded = H2Seed.plantIfAbsent(settings.dataDir());
            dataSource = h2File(settings.dataDir(), true);
            // Migrations run through a data source without WRITE_DELAY=0: an empty database (no seed) gets ~100
            // DDL statements, and writing the file after each one was a tenth of the first start. A process killed
            // meanwhile leaves the file at an earlier consistent state, and Flyway carries on from there.
            migrations = h2File(settings.dataDir(), false);
            h2 = true;
        } else if (url.startsWith("jdbc:postgresql:")) {
            dataSource = postgresPool(settings);
            h2 = false;
        } else if (url.startsWith("jdbc:h2:")) {
            var ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(settings.dbUser() == null ? "sa" : settings.dbUser());
            ds.setPassword(settings.dbPassword() == null ? "" : settings.dbPassword());
            dataSource = ds;
            h2 = true;
        } else {
            throw new IllegalArgumentException(
                    "SLIPWAY_DB_URL must start with jdbc:postgresql: or jdbc:h2:, was " + url.split("[?;]")[0]);
        }
        boolean migrated;
        try {
            migrated = Migrations.bundled().bringUpToDate(migrations == null ? dataSource : migrations);
        } catch (RuntimeException e) {
            if (dataSource instanceof HikariDataSource pool) {
                pool.close();
            }
            throw e;
        }
        if (migrations != null) {
            writeEveryCommit(dataSource);
        }
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        String schema = seeded ? "created from the build's seed" : migrated ? "migrated by Flyway" : "schema current";
        return new Database(jdbi, h2, dataSource, schema);
    }

    /** How the schema was brought to this build's: for the server's start-up line. */
    public String schema() {
        return schema;
    }

    private static void createDataFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + dataDir, e);
        }
    }

    /**
     * PostgreSQL through a pool (HikariCP): each on-demand store call borrows a connection, and opening a new one per
     * call (TCP, authentication, a backend process) cost about 18 ms where a borrowed one costs microseconds. H2 is
     * embedded: a new connection to the open database is a Java object, so it is not pooled.
     */
    private static HikariDataSource postgresPool(ServerSettings settings) {
        var pg = new PGSimpleDataSource();
        pg.setUrl(settings.dbUrl());
        pg.setUser(settings.dbUser());
        pg.setPassword(settings.dbPassword());
        if (!settings.dbUrl().contains("ApplicationName=")) {
            pg.setApplicationName("slipway-server"); // how pg_stat_activity names our connections
        }
        var config = new HikariConfig();
        config.setPoolName("slipway-db");
        config.setDataSource(pg);
        config.setMaximumPoolSize(settings.dbPoolSize());
        // idle connections go after a minute down to two: several servers share the database's connection limit
        config.setMinimumIdle(Math.min(2, settings.dbPoolSize()));
        config.setIdleTimeout(Duration.ofMinutes(1).toMillis());
        // a burst waits this long for a free connection; a database that is down fails a call after it (Hikari's
        // default, 30 s, would hold API requests and the lease heartbeat that long)
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        return new HikariDataSource(config);
    }

    private static DataSource h2File(Path dataDir, boolean writeEveryCommit) {
        var ds = new JdbcDataSource();
        // DB_CLOSE_DELAY keeps the file open between connections; close() shuts it down. WRITE_DELAY=0
        // writes every commit to the file at once: a killed process must not lose queued or running builds.
        // retry: reopens the file when an interrupt closed it (an abort interrupts the build's threads, which may be
        // writing a stage record); a plain FileChannel closed by an interrupt would end the database for everyone.
        ds.setURL("jdbc:h2:retry:" + dataDir.resolve(H2Seed.NAME).toAbsolutePath() + ";DB_CLOSE_DELAY=-1"
                + (writeEveryCommit ? ";WRITE_DELAY=0" : ""));
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** From here on every commit is in the file before it returns (the setting is the database's, not a session's). */
    private static void writeEveryCommit(DataSource dataSource) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot set the H2 database to write every commit", e);
        }
    }

    /** The data source itself, for libraries that manage their own SQL (Quartz's JDBC job store). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether this is PostgreSQL (else H2). */
    public boolean isPostgres() {
        return !h2;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** An on-demand SqlObject store: each call borrows a connection and gives it back. */
    public <T> T store(Class<T> type) {
        return jdbi.onDemand(type);
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
        if (h2) {
            // SHUTDOWN closes the connection it runs on, so it goes through plain JDBC.
            jdbi.useHandle(handle -> {
                try (var statement = handle.getConnection().createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("H2 shutdown failed", e);
                }
            });
        }
    }
}
