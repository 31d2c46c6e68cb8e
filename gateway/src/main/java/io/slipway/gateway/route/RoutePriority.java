package io.slipway.gateway.route;

import java.util.Comparator;

/**
 * Kong's order among routes that match the same request (its "traditional_compatible" router):
 * more kinds of attributes matched first (hosts, paths, methods, headers, SNIs), then routes whose hosts
 * are all plain names, then more header predicates, then regex-path routes before prefix-path ones,
 * then higher {@code regex_priority}, then the longest plain path, then configuration order.
 */
final class RoutePriority {

    static final Comparator<RouteSpec> ORDER = Comparator
            .comparingInt(RoutePriority::matchWeight).reversed()
            .thenComparing(RoutePriority::plainHostOnly, Comparator.reverseOrder())
            .thenComparing(r -> r.headers().size(), Comparator.reverseOrder())
            .thenComparing(RoutePriority::hasRegexPath, Comparator.reverseOrder())
            .thenComparing(r -> hasRegexPath(r) ? r.regexPriority() : 0, Comparator.reverseOrder())
            .thenComparing(RoutePriority::longestPlainPath, Comparator.reverseOrder())
            .thenComparingInt(RouteSpec::order);

    private RoutePriority() {}

    static int matchWeight(RouteSpec r) {
        int weight = 0;
        if (!r.hosts().isEmpty()) weight++;
        if (!r.paths().isEmpty()) weight++;
        if (!r.methods().isEmpty()) weight++;
        if (!r.headers().isEmpty()) weight++;
        if (!r.snis().isEmpty()) weight++;
        return weight;
    }

    static boolean plainHostOnly(RouteSpec r) {
        return !r.hosts().isEmpty() && r.hosts().stream().noneMatch(h -> HostPattern.parse(h).wildcard());
    }

    static boolean hasRegexPath(RouteSpec r) {
        return r.paths().stream().anyMatch(RouteSpec::isRegex);
    }

    static int longestPlainPath(RouteSpec r) {
        return r.paths().stream().filter(p -> !RouteSpec.isRegex(p)).mapToInt(String::length).max().orElse(0);
    }
}
