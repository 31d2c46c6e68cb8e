package io.slipway.gateway.route;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes reachable under one host key (or under any host): prefix paths in a trie, regex paths
 * and path-less routes in rank order. Finds the best-ranked route of the bucket that matches.
 */
final class HostBucket<T> {

    private record RegexPath<T>(RouteEntry<T> entry, Pattern pattern) {}

    private final PrefixTrie<T> prefixes = new PrefixTrie<>();
    private final List<RegexPath<T>> regexes = new ArrayList<>();
    private final List<RouteEntry<T>> pathless = new ArrayList<>();

    void add(RouteEntry<T> entry) {
        if (entry.spec().paths().isEmpty()) {
            pathless.add(entry);
            return;
        }
        for (String path : entry.spec().paths()) {
            if (RouteSpec.isRegex(path)) {
                regexes.add(new RegexPath<>(entry, Pattern.compile(path.substring(1))));
            } else {
                prefixes.add(path, entry);
            }
        }
    }

    void seal() {
        regexes.sort(Comparator.comparingInt(r -> r.entry().rank()));
        pathless.sort(Comparator.comparingInt(RouteEntry::rank));
    }

    /** Improves {@code best} with this bucket's best match of rank lower than best's, if any. */
    void match(Request request, Best<T> best) {
        prefixes.visitPrefixes(request.path, (entry, length) -> {
            if (entry.rank() >= best.rank) {
                return false;
            }
            if (entry.matchesRest(request.protocol, request.method, request.headers, request.sni)) {
                best.set(entry, length);
                return false;
            }
            return true;
        });
        for (RegexPath<T> regex : regexes) {
            if (regex.entry().rank() >= best.rank) {
                break;
            }
            if (regex.entry().matchesRest(request.protocol, request.method, request.headers, request.sni)) {
                Matcher m = regex.pattern().matcher(request.path);
                if (m.lookingAt()) {
                    best.set(regex.entry(), m.end());
                }
            }
        }
        for (RouteEntry<T> entry : pathless) {
            if (entry.rank() >= best.rank) {
                break;
            }
            if (entry.matchesRest(request.protocol, request.method, request.headers, request.sni)) {
                best.set(entry, 0);
            }
        }
    }

    record Request(String protocol, String method, String path, HttpHeaders headers, String sni) {}

    static final class Best<T> {
        int rank = Integer.MAX_VALUE;
        RouteEntry<T> entry;
        int length;

        void set(RouteEntry<T> e, int matchedLength) {
            if (e.rank() < rank) {
                rank = e.rank();
                entry = e;
                length = matchedLength;
            }
        }
    }
}
