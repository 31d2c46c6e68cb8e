package io.slipway.gateway.route;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The matching predicates of one route, as Kong names them. Empty lists mean "any". Paths that start
 * with {@code ~} are regular expressions anchored at the start of the path. Header names are matched
 * case-insensitively and a request matches a header predicate when it carries any of the listed values
 * (compared case-insensitively).
 *
 * @param order the route's position in the configuration; breaks priority ties (lower first)
 */
public record RouteSpec(String id, List<String> protocols, List<String> hosts, List<String> paths,
                        Set<String> methods, Map<String, List<String>> headers, int regexPriority,
                        boolean stripPath, boolean preserveHost, String pathHandling, int order) {

    public RouteSpec {
        protocols = protocols == null || protocols.isEmpty() ? List.of("http", "https") : List.copyOf(protocols);
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        paths = paths == null ? List.of() : List.copyOf(paths);
        methods = methods == null ? Set.of()
                : methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        headers = headers == null ? Map.of() : headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT),
                e -> e.getValue().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()));
        pathHandling = pathHandling == null ? "v0" : pathHandling;
    }

    /** A route with only paths, for tests and simple tables. */
    public static RouteSpec ofPaths(String id, String... paths) {
        return new RouteSpec(id, null, null, List.of(paths), null, null, 0, true, false, "v0", 0);
    }

    static boolean isRegex(String path) {
        return path.startsWith("~");
    }
}
