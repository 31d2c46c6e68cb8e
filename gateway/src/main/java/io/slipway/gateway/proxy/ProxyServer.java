package io.slipway.gateway.proxy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SniHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.metrics.GatewayMetrics;
import io.slipway.gateway.proxy.balance.ActiveHealthChecker;
import io.slipway.gateway.proxy.balance.TargetHealth;
import io.slipway.gateway.proxy.balance.UpstreamRegistry;
import io.slipway.gateway.proxy.balance.UpstreamRuntime;
import io.slipway.gateway.proxy.consul.ConsulFollower;
import io.slipway.gateway.route.Router;
import io.slipway.gateway.timer.Timers;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's proxy: a Netty HTTP/1.1 server (epoll when available) whose handlers route each
 * request, run its filters and stream it to the service's target on the same event loop.
 * <p>
 * Lifecycle: {@link #start} binds and serves an empty table (every request gets 404) until
 * {@link #apply} is called; {@link #apply} compiles a configuration and swaps the table atomically,
 * requests in flight finishing on the table they started with; {@link #close} stops everything.
 * All methods are thread-safe; {@link #apply} calls are serialised.
 */
public final class ProxyServer implements AutoCloseable {

    private final EventLoopGroup group;
    private final Channel serverChannel;
    private final Channel sslChannel;            // null without an HTTPS port
    private final AtomicReference<TlsCertificates> tls;
    private final TlsContexts tlsContexts = new TlsContexts();
    private final AtomicReference<RoutingTable> table;
    private final GatewayMetrics metrics;
    private final UpstreamRegistry upstreams;
    private final ActiveHealthChecker healthChecker;
    private final ConsulFollower consul;
    private final ProxyContext context;
    private volatile RoutePlugins plugins = RoutePlugins.NONE;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ProxyServer(EventLoopGroup group, Channel serverChannel, Channel sslChannel,
                        AtomicReference<TlsCertificates> tls, ProxyContext context,
                        UpstreamRegistry upstreams, ProxySettings settings, Timers timers) {
        this.group = group;
        this.serverChannel = serverChannel;
        this.sslChannel = sslChannel;
        this.tls = tls;
        this.context = context;
        this.table = context.table();
        this.metrics = context.metrics();
        this.upstreams = upstreams;
        this.healthChecker = new ActiveHealthChecker(upstreams, timers);
        this.consul = new ConsulFollower(settings.consulUrl(), upstreams, timers);
    }

    /** Binds the proxy port and starts serving (404 for everything until a configuration is applied). */
    public static ProxyServer start(ProxySettings settings) {
        return start(settings, new Timers());
    }

    /** Starts like {@link #start(ProxySettings)}; the active health checks are counted among {@code timers}. */
    public static ProxyServer start(ProxySettings settings, Timers timers) {
        Transport transport = Transport.best();
        EventLoopGroup group = transport.newGroup(settings.eventLoopThreads(),
                new DefaultThreadFactory("slipway-proxy", true));
        AtomicReference<RoutingTable> table = new AtomicReference<>(
                new RoutingTable(Router.build(List.of(), s -> null), GatewayConfig.EMPTY.hash()));
        UpstreamPools pools = new UpstreamPools(transport, settings.maxIdlePerTarget(), settings.idleTimeoutMillis());
        ProxyContext context = new ProxyContext(table, settings, pools, new GatewayMetrics(), new int[1]);
        AtomicReference<TlsCertificates> tls = new AtomicReference<>(TlsCertificates.NONE);
        Channel server = null;
        try {
            server = bind(transport, group, settings.bindAddress(), settings.port(), ch -> {
                ch.pipeline().addLast("codec", new HttpServerCodec(TrustedHeaderNames.DOWNSTREAM_DECODER));
                ch.pipeline().addLast("proxy", new DownstreamHandler(context, "http"));
            });
            context.listenPort()[0] = ((InetSocketAddress) server.localAddress()).getPort();
            Channel ssl = settings.sslPort() < 0 ? null
                    : bind(transport, group, settings.bindAddress(), settings.sslPort(), ch -> {
                        ch.pipeline().addLast("sni", new SniHandler((io.netty.util.Mapping<String, io.netty.handler.ssl.SslContext>) name -> tls.get().map(name)));
                        ch.pipeline().addLast("codec", new HttpServerCodec(TrustedHeaderNames.DOWNSTREAM_DECODER));
                        ch.pipeline().addLast("proxy", new DownstreamHandler(context, "https"));
                    });
            return new ProxyServer(group, server, ssl, tls, context, new UpstreamRegistry(), settings, timers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("interrupted while binding the proxy port", e);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot listen on " + settings.bindAddress() + ":"
                    + (server == null ? settings.port() : settings.sslPort() + " (HTTPS)") + ": " + e.getMessage(), e);
        }
    }

    private static Channel bind(Transport transport, EventLoopGroup group, String address, int port,
                                java.util.function.Consumer<Channel> pipeline) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOCATOR, UpstreamPools.ALLOCATOR)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        pipeline.accept(ch);
                    }
                })
                .bind(address, port).sync().channel();
    }

    /** The HTTPS port, or -1 when the proxy has none. */
    public int sslPort() {
        return sslChannel == null ? -1 : ((InetSocketAddress) sslChannel.localAddress()).getPort();
    }

    /** Sets how route plugins are built; takes effect with the next {@link #apply}. */
    public void plugins(RoutePlugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Compiles {@code config} and swaps the routing table atomically. Throws (and keeps serving the
     * previous table) when the configuration cannot be compiled, e.g. an invalid regex path.
     */
    public synchronized void apply(GatewayConfig config) {
        RoutingTable next = new TableCompiler(upstreams, metrics, plugins).compile(config);
        TlsCertificates certificates = sslChannel == null ? TlsCertificates.NONE : tlsContexts.compile(config);
        table.set(next);
        tls.set(certificates);
        consul.follow(config);
    }

    /** The {@code configuration_hash} of the table being served. */
    public String servedConfigHash() {
        return table.get().configHash();
    }

    public int port() {
        return context.port();
    }

    /** The proxy's metrics in Prometheus' text format (see {@code io.slipway.gateway.metrics}). */
    public String metricsText() {
        List<io.slipway.gateway.metrics.GatewayMetrics.TargetGauge> gauges = new ArrayList<>();
        for (UpstreamRuntime u : upstreams.all()) {
            for (TargetHealth t : u.health()) {
                gauges.add(new GatewayMetrics.TargetGauge(u.name(), t.target(),
                        t.health().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return metrics.render(gauges);
    }

    /** The health of an upstream's targets by {@code host:port}, or empty if no such upstream is configured. */
    public Optional<Map<String, TargetHealth>> upstreamHealth(String upstreamName) {
        UpstreamRuntime u = upstreams.get(upstreamName);
        if (u == null) {
            return Optional.empty();
        }
        Map<String, TargetHealth> byTarget = new LinkedHashMap<>();
        u.health().forEach(t -> byTarget.put(t.target(), t));
        return Optional.of(byTarget);
    }

    /** Stops the Consul watches, health checks and the event loops; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;                              // a second close would hit terminated event loops
        }
        consul.close();
        healthChecker.close();
        serverChannel.close().syncUninterruptibly();
        if (sslChannel != null) {
            sslChannel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
