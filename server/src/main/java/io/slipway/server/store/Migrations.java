package io.slipway.server.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's schema migrations (Flyway, {@code db/server}) and the list of them the build recorded
 * ({@value #INDEX}: each migration's version and Flyway's own checksum of its script, read off the seed database
 * Flyway migrated at build time, see {@link H2Seed}).
 *
 * <p>Why the list: loading Flyway and letting it validate a database that is already current was most of a
 * restart's database phase (its classes, its configuration copied through Jackson, one query per migration). A
 * database whose history holds exactly the listed migrations, each applied with the listed checksum, is current
 * and Flyway is not loaded; anything else (a migration missing, failed, edited since, or from a newer release)
 * goes through Flyway, which migrates it or refuses it with its own message.
 */
public final class Migrations {

    static final String LOCATION = "classpath:db/server";
    static final String INDEX = "db/seed/applied-migrations.txt";

    /** A migration as the history table records it: version and Flyway's checksum of the script. */
    record Applied(String version, int checksum) {
        String line() {
            return version + "\t" + checksum;
        }

        /** Version order (1, 2, 10, 13, 13.1), for a readable list. */
        static final Comparator<Applied> BY_VERSION = Comparator.comparing(Applied::version, (a, b) -> {
            String[] x = a.split("\\.");
            String[] y = b.split("\\.");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int part = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
                if (part != 0) {
                    return part;
                }
            }
            return Integer.compare(x.length, y.length);
        });

        static Applied parse(String line) {
            String[] parts = line.split("\t");
            return new Applied(parts[0], Integer.parseInt(parts[1]));
        }
    }

    private final Optional<Set<Applied>> bundled;

    private Migrations(Optional<Set<Applied>> bundled) {
        this.bundled = bundled;
    }

    /** The migrations this build carries, as recorded at build time; empty when the build left no list (an IDE run). */
    public static Migrations bundled() {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return new Migrations(Optional.empty());
            }
            Set<Applied> applied = new HashSet<>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(Applied::parse).forEach(applied::add);
            }
            return new Migrations(Optional.of(Set.copyOf(applied)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /** The listed versions in version order; empty without a list. */
    List<String> versions() {
        return bundled.orElse(Set.of()).stream().sorted(Applied.BY_VERSION).map(Applied::version).toList();
    }

    /**
     * Brings the database to the current schema: nothing when its history already matches this build's migrations,
     * Flyway otherwise. Returns whether Flyway ran.
     */
    public boolean bringUpToDate(DataSource dataSource) {
        if (bundled.isPresent() && bundled.get().equals(applied(dataSource).orElse(null))) {
            return false;
        }
        flyway(dataSource).migrate();
        return true;
    }

    /** The one Flyway configuration of the server's schema, at start and when the build makes the seed. */
    static Flyway flyway(DataSource dataSource) {
        // outOfOrder: several engineers land migrations V4..V9 on main in any order, so an existing data
        // folder already at V7 must still accept a V5 that lands later instead of refusing to start.
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .outOfOrder(true)
                .load();
    }

    /**
     * The SQL migrations the database's history records as applied; empty when it has no history table, or when a
     * row is not a successful SQL migration (failed, baseline, undone): those are Flyway's to judge.
     */
    static Optional<Set<Applied>> applied(DataSource dataSource) {
        Set<Applied> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"checksum\", \"type\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String type = rows.getString(3);
                if ("SCHEMA".equals(type) || "TABLE".equals(type)) {
                    continue; // the rows Flyway writes when it created the schema or the history table itself
                }
                int checksum = rows.getInt(2);
                if (!"SQL".equals(type) || rows.wasNull() || !rows.getBoolean(4) || rows.getString(1) == null) {
                    return Optional.empty();
                }
                applied.add(new Applied(rows.getString(1), checksum));
            }
            return Optional.of(applied);
        } catch (SQLException noHistoryYet) {
            return Optional.empty();
        }
    }
}
