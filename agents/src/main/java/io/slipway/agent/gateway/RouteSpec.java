package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A route as {@code gatewayRoute} states it: the route's name, its service and the service's URL, the paths and
 * hosts it matches and whether the matched path is stripped. {@link #toJson()} uses the step's own argument
 * names, so a recorded {@code gateway.route} change can be replayed as {@code gatewayRoute(...)} arguments.
 * Two specs are equal when they route the same way (URL normalised as the gateway does, paths and hosts
 * compared as sets).
 */
public record RouteSpec(String name, String service, String url, List<String> paths, List<String> hosts,
        boolean stripPath) {

    public RouteSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        url = normalUrl(url);
        paths = List.copyOf(new TreeSet<>(paths));
        hosts = List.copyOf(new TreeSet<>(hosts));
    }

    /** The spec the gateway holds for {@code route} and its {@code service} (Admin API entities). */
    public static RouteSpec of(JsonNode service, JsonNode route) {
        String path = service.path("path").isTextual() ? service.path("path").asText() : "";
        String url = service.path("protocol").asText("http") + "://" + service.path("host").asText()
                + ":" + service.path("port").asInt(80) + path;
        return new RouteSpec(route.path("name").asText(), service.path("name").asText(service.path("id").asText()),
                url, texts(route.path("paths")), texts(route.path("hosts")), route.path("strip_path").asBoolean(true));
    }

    /** The service URL in the gateway's terms: scheme, host, explicit port, path; null when it is no URL. */
    public static String normalUrl(String url) {
        try {
            URI uri = new URI(Objects.requireNonNull(url, "url"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return scheme + "://" + uri.getHost() + ":" + port + path;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** True when {@code url} has a scheme and a host, as the gateway requires of a service URL. */
    public static boolean isServiceUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The step's arguments as JSON: {@code name, service, url, paths, hosts, stripPath}. */
    public ObjectNode toJson() {
        ObjectNode json = AdminClient.object();
        json.put("name", name).put("service", service).put("url", url);
        paths.forEach(json.putArray("paths")::add);
        hosts.forEach(json.putArray("hosts")::add);
        json.put("stripPath", stripPath);
        return json;
    }

    /** The route fields the Admin API takes ({@code paths}, {@code hosts}, {@code strip_path}, the service by name). */
    ObjectNode routeBody() {
        ObjectNode body = AdminClient.object();
        body.put("name", name);
        if (paths.isEmpty()) {
            body.putNull("paths");
        } else {
            paths.forEach(body.putArray("paths")::add);
        }
        if (hosts.isEmpty()) {
            body.putNull("hosts");
        } else {
            hosts.forEach(body.putArray("hosts")::add);
        }
        body.put("strip_path", stripPath);
        body.putObject("service").put("name", service);
        return body;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
