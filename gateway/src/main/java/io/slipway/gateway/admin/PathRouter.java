package io.slipway.gateway.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps method and path to a handler. Patterns are paths with {@code {name}} segments; when several
 * patterns match, the one with more literal segments wins ({@code /plugins/enabled} over {@code /plugins/{id}}).
 */
final class PathRouter {

    record Match(Function<ApiCall, Reply> handler, Map<String, String> params) {}

    private record Entry(String method, String[] segments, int literals, Function<ApiCall, Reply> handler) {}

    private final List<Entry> entries = new ArrayList<>();

    PathRouter add(String method, String pattern, Function<ApiCall, Reply> handler) {
        String[] segments = split(pattern);
        int literals = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) literals++;
        }
        entries.add(new Entry(method, segments, literals, handler));
        return this;
    }

    /** The handler for the request, or empty; {@code pathKnown[0]} tells whether another method would match. */
    Optional<Match> match(String method, String path, boolean[] pathKnown) {
        String[] segments = split(path);
        Match best = null;
        int bestLiterals = -1;
        for (Entry entry : entries) {
            var params = bind(entry.segments(), segments);
            if (params == null) continue;
            pathKnown[0] = true;
            if (entry.method().equals(method) && entry.literals() > bestLiterals) {
                best = new Match(entry.handler(), params);
                bestLiterals = entry.literals();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, String> bind(String[] pattern, String[] path) {
        if (pattern.length != path.length) return null;
        var params = new HashMap<String, String>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) {
                params.put(pattern[i].substring(1, pattern[i].length() - 1), decode(path[i]));
            } else if (!pattern[i].equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
