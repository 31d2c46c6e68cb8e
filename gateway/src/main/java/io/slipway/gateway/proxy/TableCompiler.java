package io.slipway.gateway.proxy;

import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.Healthchecks;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.RouteMatch;
import io.slipway.gateway.metrics.GatewayMetrics;
import io.slipway.gateway.metrics.RouteMetrics;
import io.slipway.gateway.proxy.balance.ActiveCheck;
import io.slipway.gateway.proxy.balance.Algorithm;
import io.slipway.gateway.proxy.balance.TargetSpec;
import io.slipway.gateway.proxy.balance.TargetState;
import io.slipway.gateway.proxy.balance.Thresholds;
import io.slipway.gateway.proxy.balance.UpstreamRegistry;
import io.slipway.gateway.proxy.balance.UpstreamRuntime;
import io.slipway.gateway.proxy.balance.UpstreamSettings;
import io.slipway.gateway.route.RouteSpec;
import io.slipway.gateway.route.Router;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a configuration snapshot into a routing table: route predicates into the router, each
 * route's plugins plus the proxy call into its chain, each service into a target (an upstream's
 * balancer or one address, resolved now, never per request). Upstreams are updated in the registry,
 * keeping the health of targets that stay.
 */
final class TableCompiler {

    private final UpstreamRegistry upstreams;
    private final GatewayMetrics metrics;
    private final RoutePlugins plugins;

    TableCompiler(UpstreamRegistry upstreams, GatewayMetrics metrics, RoutePlugins plugins) {
        this.upstreams = upstreams;
        this.metrics = metrics;
        this.plugins = plugins;
    }

    RoutingTable compile(GatewayConfig config) {
        compileUpstreams(config);
        Map<String, ServiceTarget> services = new HashMap<>();
        Map<RouteSpec, RouteBinding> bindings = new HashMap<>();
        List<RouteSpec> specs = new ArrayList<>();
        int order = 0;
        for (Route route : config.routes()) {
            if (!route.protocols().contains("http") && !route.protocols().contains("https")) {
                continue;
            }
            Service service = route.serviceId() == null ? null : config.service(route.serviceId()).orElse(null);
            if (service != null && !service.enabled()) {
                continue;                        // Kong leaves routes of disabled services out of the router
            }
            ServiceTarget target = service == null ? null
                    : services.computeIfAbsent(service.id().toString(), k -> serviceTarget(config, service));
            List<Filter> chain = new ArrayList<>(plugins.filtersFor(config, route, service));
            chain.add(ProxyFilter.INSTANCE);
            RouteSpec spec = new RouteSpec(route.id().toString(), route.protocols(), route.hosts(), route.paths(),
                    route.methods() == null ? null : Set.copyOf(route.methods()), route.headers(),
                    route.regexPriority(), route.stripPath(), route.preserveHost(), route.pathHandling(), order++,
                    route.snis());
            RouteMatch match = new RouteMatch(route.id().toString(), route.name(),
                    service == null ? null : service.id().toString(), service == null ? null : service.name());
            RouteMetrics routeMetrics = metrics.forRoute(route.id().toString(),
                    service == null ? null : service.name(), route.name());
            routeMetrics.flags(plugins.metricsFor(config, route, service));
            bindings.put(spec, new RouteBinding(match, new CompiledChain(chain), target, routeMetrics,
                    route.protocols().contains("http") ? 0 : route.httpsRedirectStatusCode()));
            specs.add(spec);
        }
        metrics.globalFlags(plugins.metricsFor(config, null, null));
        return new RoutingTable(Router.build(specs, bindings::get), config.hash());
    }

    private ServiceTarget serviceTarget(GatewayConfig config, Service s) {
        String path = s.path();
        Upstream upstream = config.upstreamByName(s.host()).orElse(null);
        UpstreamRuntime runtime = upstream == null ? null : upstreams.get(upstream.name());
        TargetState direct = runtime == null ? new TargetState(s.host(), s.port(), 1) : null;
        return new ServiceTarget(runtime, direct, s.host(), s.port(), path, s.retries(),
                s.connectTimeout(), s.readTimeout(), s.writeTimeout());
    }

    private void compileUpstreams(GatewayConfig config) {
        Set<String> names = new HashSet<>();
        for (Upstream u : config.upstreams()) {
            UpstreamSettings settings = settings(u);
            List<TargetSpec> targets = new ArrayList<>();
            for (Target t : config.targetsOf(u.id())) {
                targets.add(TargetSpec.parse(t.target(), t.weight()));
            }
            upstreams.obtain(settings).configure(settings, targets, u.consulService() != null);
            names.add(u.name());
        }
        upstreams.retainOnly(names);
    }

    static UpstreamSettings settings(Upstream u) {
        Healthchecks.Active a = u.healthchecks().active();
        Thresholds active = new Thresholds(Set.copyOf(a.healthy().httpStatuses()), a.healthy().successes(),
                Set.copyOf(a.unhealthy().httpStatuses()), a.unhealthy().tcpFailures(), a.unhealthy().timeouts(),
                a.unhealthy().httpFailures());
        Healthchecks.Passive p = u.healthchecks().passive();
        Thresholds passive = new Thresholds(Set.copyOf(p.healthy().httpStatuses()), p.healthy().successes(),
                Set.copyOf(p.unhealthy().httpStatuses()), p.unhealthy().tcpFailures(), p.unhealthy().timeouts(),
                p.unhealthy().httpFailures());
        ActiveCheck check = new ActiveCheck(a.httpPath() == null ? "/" : a.httpPath(), a.timeout(),
                a.healthy().interval(), a.unhealthy().interval(), active);
        return new UpstreamSettings(u.name(), Algorithm.parse(u.algorithm()), u.hashOn(), u.hashOnHeader(),
                u.hashOnCookie(), check, passive);
    }
}
