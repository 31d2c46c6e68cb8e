package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;

/** Kong's {@code url} shorthand of services: split into protocol, host, port and path. */
final class ServiceUrl implements EntitySchema.Preparation {

    @Override
    public void prepare(ObjectNode input, ObjectNode errors) {
        var url = input.remove("url");
        if (url == null || url.isNull() || (url.isTextual() && url.asText().isEmpty())) {
            return;
        }
        if (!url.isTextual()) {
            errors.put("url", "expected a string");
            return;
        }
        URI uri;
        try {
            uri = new URI(url.asText());
        } catch (URISyntaxException e) {
            errors.put("url", "invalid url: " + e.getReason());
            return;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            errors.put("url", uri.getScheme() == null ? "missing scheme in url" : "missing host in url");
            return;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        input.put("protocol", scheme);
        input.put("host", uri.getHost());
        input.put("port", uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80);
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            input.putNull("path");
        } else {
            input.put("path", path);
        }
    }
}
