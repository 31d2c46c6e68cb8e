package io.slipway.gateway.route;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * A route placed in the table with its rank (0 = highest priority). Checks the predicates that the
 * table's indexes do not: protocol, method and headers. As in Kong, a route for {@code https} only
 * also matches a plain {@code http} request, so that the proxy can answer it with the route's
 * {@code https_redirect_status_code} (426, or a redirect) instead of "no route".
 */
record RouteEntry<T>(int rank, RouteSpec spec, T payload, boolean takesHttp, boolean takesHttps) {

    RouteEntry(int rank, RouteSpec spec, T payload) {
        this(rank, spec, payload, spec.protocols().contains("http"), spec.protocols().contains("https"));
    }

    boolean matchesRest(String protocol, String method, HttpHeaders headers, String sni) {
        boolean https = "https".equals(protocol);
        if (https ? !takesHttps : !takesHttp && !takesHttps) {
            return false;
        }
        if (!spec.methods().isEmpty() && !spec.methods().contains(method)) {
            return false;
        }
        if (!spec.snis().isEmpty() && "https".equals(protocol) && !sniMatches(sni)) {
            return false;
        }
        for (Map.Entry<String, List<String>> predicate : spec.headers().entrySet()) {
            if (!anyValueMatches(headers.getAll(predicate.getKey()), predicate.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean sniMatches(String sni) {
        if (sni == null) {
            return false;                        // a client that sent no server name matches no SNI route
        }
        for (String name : spec.snis()) {
            if (name.equals(sni)
                    || name.startsWith("*.") && sni.length() > name.length() - 1 && sni.endsWith(name.substring(1))
                    || name.endsWith(".*") && sni.length() > name.length() - 1
                            && sni.startsWith(name.substring(0, name.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyValueMatches(List<String> actual, List<String> wanted) {
        for (String value : actual) {
            for (String w : wanted) {
                if (w.equalsIgnoreCase(value.trim())) {
                    return true;
                }
            }
        }
        return false;
    }
}
