package io.slipway.server.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.slipway.server.auth.BearerAuth;
import io.slipway.server.build.BuildHistory;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Role checks of {@code /api/**}, run once the route is known (after {@link BearerAuth} named the
 * caller). Reads need a viewer, except users, tokens, agents and the audit log (admin); running, aborting
 * and answering builds and changing jobs need a developer; an input answer of a build whose
 * {@code ENV} is protected, and a roll-back in a protected environment, need a releaser of it;
 * credentials, users and any other change need an admin. A build trigger's environment is checked
 * by {@link #buildCheck} once its parameters are bound. A request that {@link BearerAuth} let
 * through without a caller (health, signed webhooks) is not checked here.
 */
public final class ApiAccess implements Handler {

    /** The request attribute holding the signed-in {@link User}. */
    public static final String USER = "slipway.user";
    private static final String BUILD_CHECK = "slipway.buildCheck";

    private final Users users;
    private final ReleasePolicy policy;
    private final BuildHistory history;
    private final Function<String, Optional<String>> deploymentEnvironment;

    /**
     * @param deploymentEnvironment the environment of a deployment by its id, for roll-back checks
     */
    public ApiAccess(Users users, ReleasePolicy policy, BuildHistory history,
            Function<String, Optional<String>> deploymentEnvironment) {
        this.users = users;
        this.policy = policy;
        this.history = history;
        this.deploymentEnvironment = deploymentEnvironment;
    }

    @Override
    public void handle(Context ctx) {
        String name = ctx.attribute(BearerAuth.PRINCIPAL);
        Optional<MatchedRoute> route = MatchedRoute.of(ctx);
        if (name == null || route.isEmpty()) {
            return;
        }
        User user = users.find(name).orElseThrow(() -> new UnauthorizedResponse("user '" + name + "' no longer exists"));
        ctx.attribute(USER, user);
        ctx.attribute(BUILD_CHECK, (Consumer<Map<String, Object>>) parameters ->
                policy.checkBuild(user, parameters, "run this build"));
        String path = route.get().path();
        String method = route.get().method();
        if (path.startsWith("/api/users") || path.startsWith("/api/audit") || path.startsWith("/api/agents")) {
            policy.require(user, Role.ADMIN, describe(method, path));
        } else if (method.equals("GET") || method.equals("HEAD")) {
            policy.require(user, Role.VIEWER, describe(method, path));
        } else if (path.endsWith("/rollback")) {
            String id = route.get().param("id");
            Optional<String> environment = id != null ? deploymentEnvironment.apply(id) : Optional.empty();
            if (environment.isPresent()) {
                policy.checkEnvironment(user, environment.get(), "roll back in " + environment.get());
            } else {
                policy.require(user, Role.RELEASER, "roll back");
            }
        } else if (path.equals("/api/jobs/{name}/builds/{number}/input/{id}")) {
            Map<String, Object> parameters = buildParameters(route.get());
            policy.checkBuild(user, parameters, "answer an input of this build");
        } else if (path.equals("/api/jobs/{name}/builds") && method.equals("POST")) {
            // decided by buildCheck once the parameters are bound: a protected ENV needs a releaser of it
            return;
        } else if (path.startsWith("/api/jobs")) {
            policy.require(user, Role.DEVELOPER, describe(method, path));
        } else {
            policy.require(user, Role.ADMIN, describe(method, path));
        }
    }

    /**
     * The check a trigger makes once the build's parameters are bound (defaults filled in): who may
     * release where. A no-op for a request no user made.
     */
    public static Consumer<Map<String, Object>> buildCheck(Context ctx) {
        Consumer<Map<String, Object>> check = ctx.attribute(BUILD_CHECK);
        return check == null ? parameters -> { } : check;
    }

    private Map<String, Object> buildParameters(MatchedRoute route) {
        try {
            return history.get(route.param("name"), Integer.parseInt(route.param("number"))).parameters();
        } catch (NumberFormatException e) {
            return Map.of();
        }
    }

    private static String describe(String method, String path) {
        return method + " " + path;
    }
}
