package io.slipway.gateway.route;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable routing table. Built once per configuration change from routes and their payloads;
 * {@link #match} is safe from any thread and costs the same with ten routes as with ten thousand:
 * the request's host selects buckets by hash (exact names, then each wildcard suffix and prefix of
 * it, then routes without hosts), and in each bucket the path walks a prefix trie; only regex paths
 * are tried one by one, in priority order.
 */
public final class Router<T> {

    private final Map<String, HostBucket<T>> exact;
    private final Map<String, HostBucket<T>> suffixes;
    private final Map<String, HostBucket<T>> prefixes;
    private final HostBucket<T> anyHost;
    private final int size;

    private Router(Map<String, HostBucket<T>> exact, Map<String, HostBucket<T>> suffixes,
                   Map<String, HostBucket<T>> prefixes, HostBucket<T> anyHost, int size) {
        this.exact = exact;
        this.suffixes = suffixes;
        this.prefixes = prefixes;
        this.anyHost = anyHost;
        this.size = size;
    }

    /** Builds the table; {@code payloadOf} gives each route's payload (for the proxy: its compiled binding). */
    public static <T> Router<T> build(List<RouteSpec> routes, Function<RouteSpec, T> payloadOf) {
        List<RouteSpec> ranked = new ArrayList<>(routes);
        ranked.sort(RoutePriority.ORDER);
        Map<String, HostBucket<T>> exact = new HashMap<>();
        Map<String, HostBucket<T>> suffixes = new HashMap<>();
        Map<String, HostBucket<T>> prefixes = new HashMap<>();
        HostBucket<T> anyHost = new HostBucket<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            RouteSpec spec = ranked.get(rank);
            RouteEntry<T> entry = new RouteEntry<>(rank, spec, payloadOf.apply(spec));
            if (spec.hosts().isEmpty()) {
                anyHost.add(entry);
            }
            for (String host : spec.hosts()) {
                HostPattern pattern = HostPattern.parse(host);
                Map<String, HostBucket<T>> index = switch (pattern.kind()) {
                    case EXACT -> exact;
                    case SUFFIX -> suffixes;
                    case PREFIX -> prefixes;
                };
                index.computeIfAbsent(pattern.key(), k -> new HostBucket<>()).add(entry);
            }
        }
        exact.values().forEach(HostBucket::seal);
        suffixes.values().forEach(HostBucket::seal);
        prefixes.values().forEach(HostBucket::seal);
        anyHost.seal();
        return new Router<>(Map.copyOf(exact), Map.copyOf(suffixes), Map.copyOf(prefixes), anyHost, routes.size());
    }

    public int size() {
        return size;
    }

    /**
     * Finds the highest-priority route matching the request, or null.
     *
     * @param hostHeader the Host header as received (may carry a port; may be null)
     * @param path       the request path without the query string
     */
    public RouteMatchResult<T> match(String protocol, String method, String hostHeader, String path,
                                     HttpHeaders headers) {
        return match(protocol, method, hostHeader, path, headers, null);
    }

    /**
     * As {@link #match(String, String, String, String, HttpHeaders)}, for a request that arrived over TLS
     * with the server name {@code sni} (lower case; null when the client sent none).
     */
    public RouteMatchResult<T> match(String protocol, String method, String hostHeader, String path,
                                     HttpHeaders headers, String sni) {
        HostBucket.Request request = new HostBucket.Request(protocol, method, path, headers, sni);
        HostBucket.Best<T> best = new HostBucket.Best<>();
        if (hostHeader != null && !hostHeader.isEmpty()) {
            String withPort = hostHeader.toLowerCase(Locale.ROOT);
            int colon = withPort.lastIndexOf(':');
            String host = colon > 0 && withPort.indexOf(']') < colon ? withPort.substring(0, colon) : withPort;
            matchBucket(exact.get(host), request, best);
            if (host != withPort) {
                matchBucket(exact.get(withPort), request, best);
            }
            if (!suffixes.isEmpty() || !prefixes.isEmpty()) {
                matchWildcards(host, request, best);
            }
        }
        anyHost.match(request, best);
        return best.entry == null ? null
                : new RouteMatchResult<>(best.entry.spec(), best.entry.payload(), best.length);
    }

    private void matchWildcards(String host, HostBucket.Request request, HostBucket.Best<T> best) {
        for (int dot = host.indexOf('.'); dot > 0; dot = host.indexOf('.', dot + 1)) {
            matchBucket(suffixes.get(host.substring(dot)), request, best);
            if (dot + 1 < host.length()) {
                matchBucket(prefixes.get(host.substring(0, dot + 1)), request, best);
            }
        }
    }

    private static <T> void matchBucket(HostBucket<T> bucket, HostBucket.Request request, HostBucket.Best<T> best) {
        if (bucket != null) {
            bucket.match(request, best);
        }
    }
}
