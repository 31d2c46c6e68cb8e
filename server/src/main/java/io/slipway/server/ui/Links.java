package io.slipway.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments for links and redirects the controllers build. */
final class Links {

    private Links() {
    }

    /** One path segment, percent-encoded. */
    static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
