package io.slipway.gateway.proxy;

/**
 * How the proxy listens and behaves.
 *
 * @param bindAddress        address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port               0 picks a free port (see {@link ProxyServer#port()})
 * @param eventLoopThreads   0 means one per available processor
 * @param maxIdlePerTarget   idle keep-alive connections kept per target and event loop
 * @param idleTimeoutMillis  idle upstream connections older than this are closed
 * @param maxTransformBytes  largest response body buffered for a body-transforming plugin
 * @param consulUrl          the Consul agent for upstreams that follow a Consul service
 */
public record ProxySettings(String bindAddress, int port, int eventLoopThreads, int maxIdlePerTarget,
                            long idleTimeoutMillis, int maxTransformBytes, String consulUrl) {

    public ProxySettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be 0..65535, got " + port);
        }
        consulUrl = consulUrl == null ? "http://127.0.0.1:8500" : consulUrl;
    }

    /** Defaults: given address and port, a thread per core, 64 idle connections per target, 60 s idle. */
    public static ProxySettings of(String bindAddress, int port) {
        String consul = System.getenv().getOrDefault("SLIPWAY_GATEWAY_CONSUL_URL", "http://127.0.0.1:8500");
        return new ProxySettings(bindAddress, port, 0, 64, 60_000, 8 * 1024 * 1024, consul);
    }

    public ProxySettings withEventLoopThreads(int threads) {
        return new ProxySettings(bindAddress, port, threads, maxIdlePerTarget, idleTimeoutMillis, maxTransformBytes, consulUrl);
    }

    public ProxySettings withConsulUrl(String url) {
        return new ProxySettings(bindAddress, port, eventLoopThreads, maxIdlePerTarget, idleTimeoutMillis, maxTransformBytes, url);
    }
}
