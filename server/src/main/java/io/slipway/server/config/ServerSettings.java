package io.slipway.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How one server process is configured, read once from the environment at start-up.
 *
 * @param port HTTP port of the API ({@code SLIPWAY_PORT}, default 8080; 0 picks a free port)
 * @param dataDir folder for the H2 file, build logs, workspaces and the master key ({@code SLIPWAY_DATA})
 * @param dbUrl JDBC URL ({@code SLIPWAY_DB_URL}); null means the H2 file under {@code dataDir}
 * @param dbUser database user ({@code SLIPWAY_DB_USER}), may be null
 * @param dbPassword database password ({@code SLIPWAY_DB_PASSWORD}), may be null
 * @param adminToken the first admin's API token ({@code SLIPWAY_ADMIN_TOKEN}); null means generate one
 * @param masterKey base64 AES key for credentials ({@code SLIPWAY_MASTER_KEY}); null means a key file
 * @param samplesDir folder whose {@code jobs/} are loaded on first start ({@code SLIPWAY_SAMPLES})
 * @param gatewayEnabled whether to embed a gateway node ({@code SLIPWAY_GATEWAY_ENABLED})
 * @param executors size of the local executor's thread pool ({@code SLIPWAY_EXECUTORS}, default 4)
 * @param quietPeriod how long a webhook build waits for more pushes when neither the job nor its pipeline
 *     says ({@code SLIPWAY_QUIET_PERIOD}, seconds, default 0: start at once)
 * @param dbPoolSize most PostgreSQL connections this server holds ({@code SLIPWAY_DB_POOL_SIZE}, default 10)
 */
public record ServerSettings(
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String adminToken,
        String masterKey,
        Path samplesDir,
        boolean gatewayEnabled,
        int executors,
        Duration quietPeriod,
        int dbPoolSize) {

    /** Hikari's own default: enough for the executors, the HTTP threads' short statements and the timers. */
    static final int DEFAULT_DB_POOL_SIZE = 10;

    public ServerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(samplesDir, "samplesDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SLIPWAY_PORT must be 0-65535, was " + port);
        }
        if (executors < 1) {
            throw new IllegalArgumentException("SLIPWAY_EXECUTORS must be at least 1, was " + executors);
        }
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (dbPoolSize < 2) {
            throw new IllegalArgumentException("SLIPWAY_DB_POOL_SIZE must be at least 2, was " + dbPoolSize);
        }
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("SLIPWAY_QUIET_PERIOD must be 0 or more seconds, was "
                    + quietPeriod.toSeconds());
        }
    }

    /** Reads the settings from environment variables, applying the documented defaults. */
    public static ServerSettings fromEnvironment(Map<String, String> env) {
        return new ServerSettings(
                intValue(env, "SLIPWAY_PORT", 8080),
                Path.of(env.getOrDefault("SLIPWAY_DATA", "data")).toAbsolutePath(),
                blankToNull(env.get("SLIPWAY_DB_URL")),
                blankToNull(env.get("SLIPWAY_DB_USER")),
                env.get("SLIPWAY_DB_PASSWORD"),
                blankToNull(env.get("SLIPWAY_ADMIN_TOKEN")),
                blankToNull(env.get("SLIPWAY_MASTER_KEY")),
                Path.of(env.getOrDefault("SLIPWAY_SAMPLES", "samples")).toAbsolutePath(),
                !"false".equalsIgnoreCase(env.getOrDefault("SLIPWAY_GATEWAY_ENABLED", "true")),
                intValue(env, "SLIPWAY_EXECUTORS", 4),
                Duration.ofSeconds(intValue(env, "SLIPWAY_QUIET_PERIOD", 0)),
                intValue(env, "SLIPWAY_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE));
    }

    /** A copy for tests and embedding: another port, data folder and admin token, no gateway. */
    public static ServerSettings forTests(Path dataDir, String adminToken) {
        return new ServerSettings(0, dataDir, null, null, null, adminToken, null,
                dataDir.resolve("no-samples"), false, 4, Duration.ZERO, DEFAULT_DB_POOL_SIZE);
    }

    public ServerSettings withDatabase(String url, String user, String password) {
        return new ServerSettings(port, dataDir, url, user, password, adminToken, masterKey, samplesDir,
                gatewayEnabled, executors, quietPeriod, dbPoolSize);
    }

    /** A copy with {@code SLIPWAY_MASTER_KEY} set (base64 of 32 bytes), as servers sharing a database need. */
    public ServerSettings withMasterKey(String key) {
        return new ServerSettings(port, dataDir, dbUrl, dbUser, dbPassword, adminToken, key, samplesDir,
                gatewayEnabled, executors, quietPeriod, dbPoolSize);
    }

    public ServerSettings withSamples(Path dir) {
        return new ServerSettings(port, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey, dir,
                gatewayEnabled, executors, quietPeriod, dbPoolSize);
    }

    public ServerSettings withQuietPeriod(Duration value) {
        return new ServerSettings(port, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey, samplesDir,
                gatewayEnabled, executors, value, dbPoolSize);
    }

    public ServerSettings withDbPoolSize(int value) {
        return new ServerSettings(port, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey, samplesDir,
                gatewayEnabled, executors, quietPeriod, value);
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + raw + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
