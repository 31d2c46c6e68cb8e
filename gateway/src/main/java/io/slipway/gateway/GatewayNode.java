package io.slipway.gateway;

import io.slipway.gateway.admin.AdminApi;
import io.slipway.gateway.admin.AdminServer;
import io.slipway.gateway.admin.AdminSettings;
import io.slipway.gateway.admin.DeclarativePlugins;
import io.slipway.gateway.admin.NodeInfo;
import io.slipway.gateway.admin.PluginCatalog;
import io.slipway.gateway.admin.ProxyStatus;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.plugin.PluginChainBuilder;
import io.slipway.gateway.plugin.PluginRegistryCatalog;
import io.slipway.gateway.proxy.ProxyServer;
import io.slipway.gateway.proxy.ProxySettings;
import io.slipway.gateway.proxy.RoutePlugins;
import io.slipway.gateway.proxy.balance.ResponseCounts;
import io.slipway.gateway.store.ClusterHeartbeat;
import io.slipway.gateway.store.ClusterNode;
import io.slipway.gateway.store.ConfigStore;
import io.slipway.gateway.store.StoreSettings;
import io.slipway.gateway.timer.Timers;
import io.slipway.gateway.store.declarative.DeclarativeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway node: the configuration store, the proxy serving its latest snapshot and the
 * Admin API. This is the one entry point for embedding a node ({@code GatewayNode.start(settings)});
 * {@link GatewayMain} uses it too.
 * <p>
 * Every committed configuration change is applied to the proxy at once; a snapshot the proxy cannot
 * compile is logged and the previous one keeps being served. {@link #close()} stops the Admin API,
 * then the proxy, then the store. Thread-safe.
 */
public final class GatewayNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayNode.class);
    /** The Kong Admin API version this node answers like. */
    static final String KONG_VERSION = "3.4.0";
    /** How often a node reports itself to the store it shares (besides after every configuration it applied). */
    static final long HEARTBEAT_MILLIS = 10_000;

    /** The configuration the proxy serves: the store's change counter at it, and its hash. */
    private record Served(long version, String hash) {}

    private final ConfigStore store;
    private final ProxyServer proxy;
    private final AdminServer admin;
    private final String adminHost;
    private volatile boolean serving;
    private volatile Served served = new Served(0, GatewayConfig.EMPTY.hash());
    private volatile ClusterHeartbeat beating;      // set once at start; read by apply, which may run before

    private GatewayNode(GatewaySettings settings, PluginCatalog plugins, RoutePlugins routePlugins) {
        var adminSettings = new AdminSettings(settings.adminHost(), settings.adminPort(), settings.adminToken(),
                settings.hostname());
        adminSettings.check();
        this.adminHost = adminSettings.host();
        var timers = new Timers();
        this.store = openStore(settings, plugins, timers);
        ProxyServer startedProxy = null;
        AdminServer startedAdmin = null;
        ClusterHeartbeat startedHeartbeat = null;
        try {
            startedProxy = ProxyServer.start(ProxySettings.of(settings.proxyHost(), settings.proxyPort()), timers);
            startedProxy.plugins(routePlugins);
            var runningProxy = startedProxy;
            store.subscribe(config -> apply(runningProxy, config));
            var node = new NodeInfo(UUID.randomUUID(), adminSettings.hostname(), version(), KONG_VERSION,
                    store.declarative() ? "off" : settings.dbUrl() != null ? "postgres" : "h2",
                    startedProxy.sslPort() < 0 ? List.of(settings.proxyHost() + ":" + startedProxy.port())
                            : List.of(settings.proxyHost() + ":" + startedProxy.port(),
                                    settings.proxyHost() + ":" + startedProxy.sslPort() + " ssl"),
                    List.of(adminSettings.host() + ":" + settings.adminPort()),
                    settings.declarativeConfig() == null ? null : settings.declarativeConfig().toString());
            long startedAt = System.currentTimeMillis() / 1000;
            java.util.function.Supplier<ClusterNode> self = () -> {
                var now = served;
                return new ClusterNode(node.nodeId(), node.hostname(), adminSettings.host(), node.adminListen(),
                        KONG_VERSION, node.version(), now.version(), now.hash(), startedAt,
                        System.currentTimeMillis() / 1000);
            };
            startedHeartbeat = new ClusterHeartbeat(store, self, timers, HEARTBEAT_MILLIS);
            beating = startedHeartbeat;
            startedAdmin = AdminServer.start(adminSettings,
                    new AdminApi(store, plugins, () -> status(runningProxy), node, timers, self));
        } catch (RuntimeException e) {
            if (startedHeartbeat != null) startedHeartbeat.close();
            if (startedProxy != null) startedProxy.close();
            store.close();
            throw e;
        }
        this.proxy = startedProxy;
        this.admin = startedAdmin;
    }

    /** Starts a node with the plugins the registry offers. */
    public static GatewayNode start(GatewaySettings settings) {
        return start(settings, new PluginRegistryCatalog(), new PluginChainBuilder());
    }

    /** Starts a node with the given plugin catalog (Admin API validation) and route plugins (proxy filters). */
    public static GatewayNode start(GatewaySettings settings, PluginCatalog plugins, RoutePlugins routePlugins) {
        return new GatewayNode(settings, plugins, routePlugins);
    }

    public int proxyPort() {
        return proxy.port();
    }

    /** The HTTPS proxy port ({@code SLIPWAY_GATEWAY_PROXY_SSL_PORT}), or -1 when there is none. */
    public int proxySslPort() {
        return proxy.sslPort();
    }

        public int adminPort() {
        return admin.port();
    }

    /** The Admin API's base URL, e.g. {@code http://127.0.0.1:8001}. */
    public String adminUrl() {
        String host = adminHost.equals("0.0.0.0") || adminHost.equals("::") ? "127.0.0.1" : adminHost;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + adminPort();
    }

    /** The configuration the store holds (the proxy serves it once applied). */
    public GatewayConfig configuration() {
        return store.current();
    }

    private void apply(ProxyServer target, GatewayConfig config) {
        try {
            target.apply(config);
            served = new Served(store.version(), config.hash());
            serving = true;
            var reporter = beating;
            if (reporter != null) reporter.beatSoon();
        } catch (RuntimeException e) {
            LOG.error("the proxy cannot serve configuration {}; it keeps serving {}", config.hash(),
                    target.servedConfigHash(), e);
        }
    }

    private ProxyStatus status(ProxyServer target) {
        return new ProxyStatus() {
            @Override
            public String servedConfigHash() {
                return serving ? target.servedConfigHash() : null;
            }

            @Override
            public String metricsText() {
                return target.metricsText();
            }

            @Override
            public Optional<List<TargetState>> upstreamHealth(String upstreamName) {
                return target.upstreamHealth(upstreamName).map(byTarget -> byTarget.values().stream()
                        .map(t -> new TargetState(t.target(), t.weight(), t.health(), t.activeConnections(),
                                responses(t.responses()))).toList());
            }
        };
    }

    private static ProxyStatus.Responses responses(ResponseCounts c) {
        return new ProxyStatus.Responses(c.status2xx(), c.status3xx(), c.status4xx(), c.status5xx(),
                c.connectionFailures());
    }

    private static ConfigStore openStore(GatewaySettings settings, PluginCatalog plugins, Timers timers) {
        if (settings.declarativeConfig() != null) {
            String text;
            try {
                text = Files.readString(settings.declarativeConfig());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the declarative configuration " + settings.declarativeConfig(), e);
            }
            var entities = DeclarativePlugins.check(DeclarativeReader.read(text), plugins);
            return ConfigStore.inMemory(entities);
        }
        return ConfigStore.open(new StoreSettings(settings.dataDir(), settings.dbUrl(), settings.dbUser(),
                settings.dbPassword(), settings.pollMillis()), timers);
    }

    static String version() {
        String version = GatewayNode.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    @Override
    public void close() {
        try {
            admin.close();
        } finally {
            try {
                beating.close();
                proxy.close();
            } finally {
                store.close();
            }
        }
    }
}
