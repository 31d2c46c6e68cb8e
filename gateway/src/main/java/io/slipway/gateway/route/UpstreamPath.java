package io.slipway.gateway.route;

/**
 * The path sent upstream, from the service's path and the request path, as Kong builds it:
 * {@code strip_path} removes the matched part (the prefix, or what the regex matched); then
 * {@code path_handling} v0 (the default) joins the service path and the rest with exactly one slash,
 * while v1 concatenates them without the rest's leading slash ({@code /s} + {@code /req} = {@code /sreq}). An empty rest leaves the service path as is.
 */
public final class UpstreamPath {

    private UpstreamPath() {}

    public static String of(String servicePath, RouteSpec route, String requestPath, int matchedLength) {
        String rest = route.stripPath() ? requestPath.substring(Math.min(matchedLength, requestPath.length()))
                : requestPath;
        String base = servicePath == null || servicePath.isEmpty() ? "/" : servicePath;
        if (rest.isEmpty()) {
            return base;
        }
        if ("/".equals(base)) {
            return rest.charAt(0) == '/' ? rest : "/" + rest;
        }
        boolean baseSlash = base.charAt(base.length() - 1) == '/';
        boolean restSlash = rest.charAt(0) == '/';
        if ("v1".equals(route.pathHandling())) {
            return restSlash ? base + rest.substring(1) : base + rest;   // Kong's table: /s + /fv1req = /sfv1req
        }
        if (baseSlash && restSlash) {
            return base + rest.substring(1);
        }
        return baseSlash || restSlash ? base + rest : base + "/" + rest;
    }
}
