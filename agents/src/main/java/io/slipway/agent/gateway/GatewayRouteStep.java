package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code gatewayRoute(service: 'shop', url: 'http://127.0.0.1:8080', paths: ['/shop'], hosts: [], stripPath: true,
 * name: 'shop')}: creates or updates the service (by name) and the route (by {@code name}, default the service's
 * name) through the first gateway node's Admin API, then waits until every known node serves the change.
 * Idempotent: when the gateway already routes as asked, nothing is written, and the log says so. Records a
 * {@code gateway.route} change whose before and after are {@link RouteSpec} JSON (before null when the route
 * did not exist). Returns {@code [changed: true|false, configurationHash: '...']}.
 */
public final class GatewayRouteStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("service", "url", "paths", "hosts", "stripPath", "name",
            "syncTimeout");

    private final AdminClient admin;
    private final ConfigSync sync;

    public GatewayRouteStep(AdminClient admin) {
        this.admin = admin;
        this.sync = new ConfigSync(admin);
    }

    @Override
    public String step() {
        return "gatewayRoute";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String service = args.requiredText("service");
        String url = args.requiredText("url");
        if (!RouteSpec.isServiceUrl(url)) {
            throw args.failure("argument 'url' must be an http:// or https:// URL with a host, was '" + url + "'");
        }
        RouteSpec wanted = new RouteSpec(args.text("name").orElse(service), service, url, args.textList("paths"),
                args.textList("hosts"), args.flag("stripPath", true));
        if (wanted.paths().isEmpty() && wanted.hosts().isEmpty()) {
            throw args.failure("give 'paths' or 'hosts': a route needs at least one of them to match requests");
        }
        for (String path : wanted.paths()) {
            if (!path.startsWith("/") && !path.startsWith("~")) {
                throw args.failure("argument 'paths': '" + path + "' must start with '/' (or '~' for a regex)");
            }
        }
        Duration limit = Duration.ofSeconds(args.number("syncTimeout", ConfigSync.DEFAULT_LIMIT.toSeconds(), 1, 3600));
        GatewayNodes nodes = GatewaySteps.nodes(ctx);
        GatewayNodes.Node primary = nodes.primary();

        Optional<JsonNode> currentService = admin.find(primary, "/services/" + AdminClient.segment(service));
        Optional<JsonNode> currentRoute = admin.find(primary, "/routes/" + AdminClient.segment(wanted.name()));
        Optional<RouteSpec> before = currentRoute.isEmpty() ? Optional.empty() : Optional.of(RouteSpec.of(
                admin.get(primary, "/services/" + currentRoute.get().path("service").path("id").asText()),
                currentRoute.get()));
        boolean serviceChanged = currentService.isEmpty() || !RouteSpec.of(currentService.get(),
                AdminClient.object()).url().equals(wanted.url());
        boolean routeChanged = before.isEmpty() || !before.get().equals(wanted);

        if (!serviceChanged && !routeChanged) {
            ctx.log().line("gatewayRoute: route '" + wanted.name() + "' of service '" + service
                    + "' is already as requested; nothing changed");
        } else {
            writeService(primary, service, url, currentService.isPresent());
            if (currentRoute.isEmpty()) {
                admin.send(primary, "POST", "/routes", wanted.routeBody());
            } else {
                admin.send(primary, "PATCH", "/routes/" + AdminClient.segment(wanted.name()), wanted.routeBody());
            }
            ctx.changes().record(new ChangeLog.Change("gateway.route", wanted.name(),
                    before.map(b -> AdminClient.text(b.toJson())).orElse(null), AdminClient.text(wanted.toJson())));
            ctx.log().line("gatewayRoute: " + (currentRoute.isEmpty() ? "created" : "updated") + " route '"
                    + wanted.name() + "' " + wanted.paths() + wanted.hosts() + " -> service '" + service + "' ("
                    + wanted.url() + ")");
        }
        String hash = sync.awaitAll(nodes, limit, ctx);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", serviceChanged || routeChanged);
        result.put("configurationHash", hash);
        return StepResult.of(result);
    }

    private void writeService(GatewayNodes.Node primary, String service, String url, boolean exists)
            throws InterruptedException {
        var body = AdminClient.object().put("url", url);
        if (exists) {
            admin.send(primary, "PATCH", "/services/" + AdminClient.segment(service), body);
        } else {
            admin.send(primary, "POST", "/services", body.put("name", service));
        }
    }
}
