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
 * (compared case-insensitively). {@code snis} are the TLS server names an HTTPS request must have been
 * made with (a leading {@code *.} or a trailing {@code .*} is a wildcard); they do not apply to plain HTTP requests, as in Kong,
 * so that those still reach the route's HTTPS redirect.
 *
 * @param order the route's position in the configuration; breaks priority ties (lower first)
 */
public record RouteSpec(String id, List<String> protocols, List<String> hosts, List<String> paths,
                        Set<String> methods, Map<String, List<String>> headers, int regexPriority,
                        boolean stripPath, boolean preserveHost, String pathHandling, int order, List<String> snis) {

    /** A route without SNI predicates. */
    public RouteSpec(String id, List<String> protocols, List<String> hosts, List<String> paths,
                     Set<String> methods, Map<String, List<String>> headers, int regexPriority,
                     boolean stripPath, boolean preserveHost, String pathHandling, int order) {
        this(id, protocols, hosts, paths, methods, headers, regexPriority, stripPath, preserveHost, pathHandling,
                order, null);
    }

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
        snis = snis == null ? List.of() : snis.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** A route with only paths, for tests and simple tables. */
    public static RouteSpec ofPaths(String id, String... paths) {
        return new RouteSpec(id, null, null, List.of(paths), null, null, 0, true, false, "v0", 0);
    }

    static boolean isRegex(String path) {
        return path.startsWith("~");
    }
}
