package io.slipway.server.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What release steps may reach, read once from the environment at start-up:
 * <ul>
 *   <li>{@code SLIPWAY_GATEWAY_ADMIN_URLS}: the Admin API of every gateway node, comma-separated; by default the
 *       embedded node's ({@code SLIPWAY_GATEWAY_ADMIN_LISTEN}, 127.0.0.1 for a wildcard, and
 *       {@code SLIPWAY_GATEWAY_ADMIN_PORT}, default 8001), none when
 *       the embedded node is disabled and no URL is given;</li>
 *   <li>{@code SLIPWAY_GATEWAY_ADMIN_TOKEN}: the admin token the nodes require (the embedded node uses it too);</li>
 *   <li>{@code SLIPWAY_CONSUL_URL}, {@code SLIPWAY_CONSUL_TOKEN}: the Consul agent, none by default;</li>
 *   <li>{@code DOCKER_HOST}: the Docker engine, default {@code unix:///var/run/docker.sock}.</li>
 * </ul>
 * {@link #toString()} never shows a token.
 */
public record ReleaseSettings(List<String> gatewayAdminUrls, String gatewayAdminToken, String consulUrl,
        String consulToken, String dockerHost) {

    public ReleaseSettings {
        gatewayAdminUrls = List.copyOf(gatewayAdminUrls);
    }

    /** Nothing reachable but a local Docker engine: for tests that use no release step. */
    public static ReleaseSettings none() {
        return new ReleaseSettings(List.of(), null, null, null, "unix:///var/run/docker.sock");
    }

    public static ReleaseSettings fromEnvironment(Map<String, String> env, boolean embeddedGateway) {
        String urls = blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_URLS"));
        List<String> admin = urls != null
                ? Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : embeddedGateway ? List.of(embeddedAdminUrl(env)) : List.of();
        for (String url : admin) {
            if (!url.matches("https?://[^/\\s]+(/\\S*)?")) {
                throw new IllegalArgumentException("SLIPWAY_GATEWAY_ADMIN_URLS: '" + url
                        + "' is not an http:// or https:// URL");
            }
        }
        String consul = blankToNull(env.get("SLIPWAY_CONSUL_URL"));
        if (consul != null && !consul.matches("https?://\\S+")) {
            throw new IllegalArgumentException("SLIPWAY_CONSUL_URL: '" + consul + "' is not an http:// or https:// URL");
        }
        String docker = blankToNull(env.get("DOCKER_HOST"));
        if (docker != null && !docker.matches("(unix://|tcp://)\\S+")) {
            throw new IllegalArgumentException("DOCKER_HOST: '" + docker + "' is neither unix:///path nor tcp://host:port");
        }
        return new ReleaseSettings(admin, blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_TOKEN")), consul,
                blankToNull(env.get("SLIPWAY_CONSUL_TOKEN")), docker == null ? "unix:///var/run/docker.sock" : docker);
    }

    /** The embedded node's Admin API, from the variables the node itself reads. */
    private static String embeddedAdminUrl(Map<String, String> env) {
        String listen = blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_LISTEN"));
        String host = listen == null || listen.equals("0.0.0.0") || listen.equals("::") ? "127.0.0.1"
                : listen.contains(":") ? "[" + listen + "]" : listen;
        String port = blankToNull(env.get("SLIPWAY_GATEWAY_ADMIN_PORT"));
        return "http://" + host + ":" + (port == null ? "8001" : port.strip());
    }

    /** The same settings with other gateway nodes (tests and embedding pass the node they started). */
    public ReleaseSettings withGatewayAdminUrls(List<String> urls, String token) {
        return new ReleaseSettings(urls, token, consulUrl, consulToken, dockerHost);
    }

    /** The same settings with a Consul agent. */
    public ReleaseSettings withConsulUrl(String url) {
        return new ReleaseSettings(gatewayAdminUrls, gatewayAdminToken, url, consulToken, dockerHost);
    }

    @Override
    public String toString() {
        return "ReleaseSettings[gateway=" + gatewayAdminUrls + (gatewayAdminToken == null ? "" : " (token ****)")
                + ", consul=" + consulUrl + (consulToken == null ? "" : " (token ****)") + ", docker=" + dockerHost + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
