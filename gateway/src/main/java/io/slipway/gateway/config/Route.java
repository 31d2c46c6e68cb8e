package io.slipway.gateway.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Kong's Route: which requests go to which service. A request matches when every non-null
 * criterion matches: one of {@code methods}, one of {@code hosts} (a leading or trailing {@code *}
 * is a wildcard), one of {@code paths} (prefix; a path starting with {@code ~} is a regular
 * expression, ordered by {@code regexPriority}), and for each header name one of its values.
 * <p>
 * Defaults as in Kong 3.x: protocols {@code [http, https]}, strip_path true, preserve_host false,
 * regex_priority 0, path_handling {@code v0}, https_redirect_status_code 426, request and response
 * buffering true. {@code service} is null for a route that only plugins answer.
 */
public record Route(
        UUID id,
        String name,
        List<String> protocols,
        List<String> methods,
        List<String> hosts,
        List<String> paths,
        Map<String, List<String>> headers,
        List<String> snis,
        boolean stripPath,
        boolean preserveHost,
        int regexPriority,
        String pathHandling,
        int httpsRedirectStatusCode,
        boolean requestBuffering,
        boolean responseBuffering,
        EntityRef service,
        List<String> tags,
        long createdAt,
        long updatedAt) implements Entity {

    public static final List<String> DEFAULT_PROTOCOLS = List.of("http", "https");

    public Route {
        Objects.requireNonNull(id, "id");
        protocols = protocols == null ? DEFAULT_PROTOCOLS : List.copyOf(protocols);
        methods = Lists.copyOrNull(methods);
        hosts = Lists.copyOrNull(hosts);
        paths = Lists.copyOrNull(paths);
        headers = Lists.copyHeaders(headers);
        snis = Lists.copyOrNull(snis);
        tags = Lists.copyOrNull(tags);
        pathHandling = pathHandling == null ? "v0" : pathHandling;
    }

    /** A route with Kong's defaults matching the given path prefixes, e.g. for tests of the proxy. */
    public static Route forPaths(String name, UUID serviceId, String... paths) {
        long now = Entity.now();
        return new Route(UUID.randomUUID(), name, null, null, null, List.of(paths), null, null, true, false, 0,
                "v0", 426, true, true, EntityRef.of(serviceId), null, now, now);
    }

    public UUID serviceId() {
        return EntityRef.idOf(service);
    }
}
