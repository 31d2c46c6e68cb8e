package io.slipway.gateway.proxy;

/**
 * How the proxy listens and behaves.
 *
 * @param bindAddress        address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port               0 picks a free port (see {@link ProxyServer#port()})
 * @param eventLoopThreads   0 means one per available processor (a proxy's loops never block, so more
 *                           threads than cores only add switches)
 * @param maxIdlePerTarget   idle keep-alive connections kept per target and event loop
 * @param idleTimeoutMillis  idle upstream connections older than this are closed
 * @param maxTransformBytes  largest response body buffered for a body-transforming plugin
 * @param consulUrl          the Consul agent for upstreams that follow a Consul service
 * @param sslPort            the HTTPS proxy port (TLS terminated with the configured certificates, chosen
 *                           by SNI), 0 for a free port, -1 for none
 */
public record ProxySettings(String bindAddress, int port, int eventLoopThreads, int maxIdlePerTarget,
                            long idleTimeoutMillis, int maxTransformBytes, String consulUrl, int sslPort) {

    public ProxySettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be 0..65535, got " + port);
        }
        consulUrl = consulUrl == null ? "http://127.0.0.1:8500" : consulUrl;
        if (sslPort < -1 || sslPort > 65535) {
            throw new IllegalArgumentException("SLIPWAY_GATEWAY_PROXY_SSL_PORT must be 0..65535, got " + sslPort);
        }
    }

    /**
     * Defaults: given address and port, a thread per core ({@code SLIPWAY_GATEWAY_PROXY_THREADS} overrides),
     * 64 idle connections per target and loop, 60 s idle timeout, Consul from {@code SLIPWAY_GATEWAY_CONSUL_URL},
     * an HTTPS port only when {@code SLIPWAY_GATEWAY_PROXY_SSL_PORT} is set.
     */
    public static ProxySettings of(String bindAddress, int port) {
        var env = System.getenv();
        String consul = env.getOrDefault("SLIPWAY_GATEWAY_CONSUL_URL", "http://127.0.0.1:8500");
        int threads = parseThreads(env.get("SLIPWAY_GATEWAY_PROXY_THREADS"));
        return new ProxySettings(bindAddress, port, threads, 64, 60_000, 8 * 1024 * 1024, consul,
                sslPort(env.get("SLIPWAY_GATEWAY_PROXY_SSL_PORT")));
    }

    private static int sslPort(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLIPWAY_GATEWAY_PROXY_SSL_PORT must be a port number, got '" + value + "'", e);
        }
    }

    private static int parseThreads(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLIPWAY_GATEWAY_PROXY_THREADS must be a number, got '" + value + "'", e);
        }
    }

    public ProxySettings withEventLoopThreads(int threads) {
        return new ProxySettings(bindAddress, port, threads, maxIdlePerTarget, idleTimeoutMillis, maxTransformBytes,
                consulUrl, sslPort);
    }

    public ProxySettings withSslPort(int sslPort) {
        return new ProxySettings(bindAddress, port, eventLoopThreads, maxIdlePerTarget, idleTimeoutMillis,
                maxTransformBytes, consulUrl, sslPort);
    }

    public ProxySettings withConsulUrl(String url) {
        return new ProxySettings(bindAddress, port, eventLoopThreads, maxIdlePerTarget, idleTimeoutMillis,
                maxTransformBytes, url, sslPort);
    }
}
