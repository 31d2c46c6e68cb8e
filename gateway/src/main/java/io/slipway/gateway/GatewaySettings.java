package io.slipway.gateway;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a gateway node is started with. {@link #fromEnvironment} reads the documented variables:
 * <ul>
 *   <li>{@code SLIPWAY_GATEWAY_PROXY_PORT} (8000), {@code SLIPWAY_GATEWAY_PROXY_LISTEN} (address, 0.0.0.0)</li>
 *   <li>{@code SLIPWAY_GATEWAY_ADMIN_PORT} (8001), {@code SLIPWAY_GATEWAY_ADMIN_LISTEN} (address, 127.0.0.1)</li>
 *   <li>{@code SLIPWAY_GATEWAY_ADMIN_TOKEN}: required when the Admin API listens beyond loopback</li>
 *   <li>{@code SLIPWAY_GATEWAY_DATA} ({@code ./data/gateway}): the H2 database's folder</li>
 *   <li>{@code SLIPWAY_GATEWAY_DB_URL}, {@code _DB_USER}, {@code _DB_PASSWORD}: a PostgreSQL database instead</li>
 *   <li>{@code SLIPWAY_GATEWAY_HOSTNAME}: the name {@code GET /} reports</li>
 *   <li>argument {@code --config FILE}: DB-less mode, the configuration comes from a Kong declarative file</li>
 * </ul>
 */
public record GatewaySettings(String proxyHost, int proxyPort, String adminHost, int adminPort, String adminToken,
                              Path dataDir, String dbUrl, String dbUser, String dbPassword, Path declarativeConfig,
                              String hostname, long pollMillis) {

    public GatewaySettings {
        dataDir = dataDir == null ? Path.of("data", "gateway") : dataDir;
        proxyHost = proxyHost == null ? "0.0.0.0" : proxyHost;
        adminHost = adminHost == null ? "127.0.0.1" : adminHost;
        pollMillis = pollMillis <= 0 ? 1000 : pollMillis;
    }

    /** Loopback on both ports, free ports picked by the system, H2 under {@code dataDir}: for tests and embedding. */
    public static GatewaySettings loopback(Path dataDir) {
        return new GatewaySettings("127.0.0.1", 0, "127.0.0.1", 0, null, dataDir, null, null, null, null, null, 1000);
    }

    public static GatewaySettings fromEnvironment(Map<String, String> env, String[] args) {
        Path declarative = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") || args[i].equals("-c")) {
                if (i + 1 >= args.length) throw new IllegalArgumentException("--config needs a file: --config kong.yml");
                declarative = Path.of(args[++i]);
            } else if (args[i].startsWith("--config=")) {
                declarative = Path.of(args[i].substring("--config=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "' (usage: [--config kong.yml])");
            }
        }
        String data = env.get("SLIPWAY_GATEWAY_DATA");
        return new GatewaySettings(
                blankToNull(env.get("SLIPWAY_GATEWAY_PROXY_LISTEN")),
                port(env, "SLIPWAY_GATEWAY_PROXY_PORT", 8000),
                blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_LISTEN")),
                port(env, "SLIPWAY_GATEWAY_ADMIN_PORT", 8001),
                blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_TOKEN")),
                data == null || data.isBlank() ? null : Path.of(data),
                blankToNull(env.get("SLIPWAY_GATEWAY_DB_URL")),
                blankToNull(env.get("SLIPWAY_GATEWAY_DB_USER")),
                blankToNull(env.get("SLIPWAY_GATEWAY_DB_PASSWORD")),
                declarative,
                blankToNull(env.get("SLIPWAY_GATEWAY_HOSTNAME")),
                1000);
    }

    public GatewaySettings withDeclarativeConfig(Path file) {
        return new GatewaySettings(proxyHost, proxyPort, adminHost, adminPort, adminToken, dataDir, dbUrl, dbUser,
                dbPassword, file, hostname, pollMillis);
    }

    public GatewaySettings withDatabase(String url, String user, String password) {
        return new GatewaySettings(proxyHost, proxyPort, adminHost, adminPort, adminToken, dataDir, url, user,
                password, declarativeConfig, hostname, pollMillis);
    }

    /** How often the node polls a shared database's change counter (the safety net behind NOTIFY). */
    public GatewaySettings withPollMillis(long millis) {
        return new GatewaySettings(proxyHost, proxyPort, adminHost, adminPort, adminToken, dataDir, dbUrl, dbUser,
                dbPassword, declarativeConfig, hostname, millis);
    }

    /** The name the node reports in {@code GET /} and {@code GET /clustering/status} ({@code SLIPWAY_GATEWAY_HOSTNAME}). */
    public GatewaySettings withHostname(String name) {
        return new GatewaySettings(proxyHost, proxyPort, adminHost, adminPort, adminToken, dataDir, dbUrl, dbUser,
                dbPassword, declarativeConfig, name, pollMillis);
    }

    public GatewaySettings withAdmin(String host, int port, String token) {
        return new GatewaySettings(proxyHost, proxyPort, host, port, token, dataDir, dbUrl, dbUser, dbPassword,
                declarativeConfig, hostname, pollMillis);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number 0-65535, was '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "GatewaySettings[proxy=" + proxyHost + ":" + proxyPort + ", admin=" + adminHost + ":" + adminPort
                + ", token=" + (adminToken == null ? "none" : "***") + ", data=" + dataDir
                + ", db=" + (dbUrl == null ? "h2" : dbUrl.replaceAll("password=[^&;]*", "password=***"))
                + ", config=" + declarativeConfig + "]";
    }
}
