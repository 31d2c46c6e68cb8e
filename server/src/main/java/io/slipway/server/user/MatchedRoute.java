package io.slipway.server.user;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The route a request matched ({@code /api/jobs/{name}/builds}) with its path parameters, as seen
 * from a before- or after-handler (where Javalin's own {@code pathParam} answers for the handler's
 * wildcard path instead).
 */
public record MatchedRoute(String method, String path, Map<String, String> params) {

    public MatchedRoute {
        params = Map.copyOf(params);
    }

    public static Optional<MatchedRoute> of(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return Optional.empty();
        }
        String[] pattern = endpoint.path.split("/");
        String[] actual = ctx.path().split("/");
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length && i < actual.length; i++) {
            String p = pattern[i];
            if (p.length() > 2 && (p.startsWith("{") && p.endsWith("}") || p.startsWith("<") && p.endsWith(">"))) {
                params.put(p.substring(1, p.length() - 1),
                        java.net.URLDecoder.decode(actual[i], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.of(new MatchedRoute(ctx.method().name(), endpoint.path, params));
    }

    public String param(String name) {
        return params.get(name);
    }
}
