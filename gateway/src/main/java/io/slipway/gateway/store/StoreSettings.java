package io.slipway.gateway.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the configuration lives: an H2 file under {@code dataDir} by default, or the PostgreSQL
 * database at {@code jdbcUrl} (a {@code jdbc:postgresql:} URL) shared by several nodes.
 * {@code pollMillis} is how often a node looks for changes made by other nodes.
 */
public record StoreSettings(Path dataDir, String jdbcUrl, String user, String password, long pollMillis) {

    public StoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (pollMillis <= 0) {
            throw new IllegalArgumentException("pollMillis must be positive, was " + pollMillis);
        }
    }

    public boolean postgres() {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL actually used: the given one, or the H2 file under the data folder. */
    public String effectiveUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + effectiveUrl().replaceAll("password=[^&;]*", "password=***") + "]";
    }
}
