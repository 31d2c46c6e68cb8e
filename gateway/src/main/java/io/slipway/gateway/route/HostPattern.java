package io.slipway.gateway.route;

/**
 * One entry of a route's {@code hosts}: an exact name (optionally with a port), a leading wildcard
 * ({@code *.example.com}, matching any number of labels in front) or a trailing one ({@code example.*}).
 */
record HostPattern(Kind kind, String key) {

    enum Kind { EXACT, SUFFIX, PREFIX }

    static HostPattern parse(String host) {
        if (host.startsWith("*.")) {
            return new HostPattern(Kind.SUFFIX, host.substring(1));          // ".example.com"
        }
        if (host.endsWith(".*")) {
            return new HostPattern(Kind.PREFIX, host.substring(0, host.length() - 1)); // "example."
        }
        return new HostPattern(Kind.EXACT, host);
    }

    boolean wildcard() {
        return kind != Kind.EXACT;
    }
}
