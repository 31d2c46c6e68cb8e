package io.slipway.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The H2 database a first start begins from: made by the build (this class's {@link #main}, run by
 * exec-maven-plugin before the tests) by letting Flyway migrate an empty H2 file, and copied into an empty data
 * folder instead of migrating there again.
 *
 * <p>Why: an empty database takes about a hundred DDL statements, and Flyway parsing and running them (with its
 * own start) was the largest part of a first start (bench/README.md, start-up). The copy is the same schema from
 * the same scripts, made by the same H2 and Flyway versions, history table included; {@link Migrations} then finds
 * it current. Without the seed (a run from an IDE), Flyway migrates the empty file as before.
 */
public final class H2Seed {

    static final String RESOURCE = "db/seed/slipway.mv.db";
    /** The database name inside the data folder; H2 adds {@code .mv.db}. */
    static final String NAME = "slipway";

    private H2Seed() {
    }

    /**
     * Copies the build's seed into {@code dataDir} when the data folder has no database yet; returns whether it did.
     * The copy is written beside the target and moved into place, so a start killed meanwhile leaves no half file.
     */
    static boolean plantIfAbsent(Path dataDir) {
        Path target = dataDir.resolve(NAME + ".mv.db");
        if (Files.exists(target)) {
            return false;
        }
        try (InputStream seed = H2Seed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (seed == null) {
                return false;
            }
            Path partial = dataDir.resolve(NAME + ".mv.db.seeding");
            Files.copy(seed, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database in " + dataDir, e);
        }
    }

    /**
     * Build step: migrates an empty H2 file with the server's migrations and writes it, with the list of what it
     * applied, to {@code args[0]} (the module's classes folder, {@code db/seed}).
     */
    public static void main(String[] args) throws IOException, SQLException {
        Path out = Path.of(args[0]);
        Path work = Files.createTempDirectory("slipway-seed");
        try {
            var dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:" + work.resolve(NAME).toAbsolutePath());
            dataSource.setUser("sa");
            dataSource.setPassword("");
            Migrations.flyway(dataSource).migrate();
            String index = Migrations.applied(dataSource).orElseThrow().stream()
                    .sorted(Migrations.Applied.BY_VERSION)
                    .map(Migrations.Applied::line)
                    .collect(Collectors.joining("\n", "# version<TAB>Flyway checksum of each migration in "
                            + NAME + ".mv.db (made by " + H2Seed.class.getName() + " at build time)\n", "\n"));
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            Files.createDirectories(out);
            Files.copy(work.resolve(NAME + ".mv.db"), out.resolve(NAME + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(out.resolve(Path.of(Migrations.INDEX).getFileName()), index, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }
}
