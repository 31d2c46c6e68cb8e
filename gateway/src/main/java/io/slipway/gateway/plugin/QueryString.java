package io.slipway.gateway.plugin;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and rewrites raw query strings ({@code a=1&b=2}, without {@code ?}) for the plugins that take
 * credentials from, or transform, the query. {@link #find} scans without building a map, so looking
 * for an API key costs no allocation when the value needs no decoding.
 */
public final class QueryString {

    /** Returned by {@link #find} when the parameter occurs more than once (Kong refuses duplicate keys). */
    public static final String DUPLICATE = new String("\0duplicate");

    private QueryString() {}

    /** The decoded value of {@code name}: "" for {@code name} without a value, null when absent. */
    public static String find(String raw, String name) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String found = null;
        int start = 0;
        int length = raw.length();
        while (start <= length) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            int eq = raw.indexOf('=', start);
            int nameEnd = eq < 0 || eq > end ? end : eq;
            if (nameEnd - start == name.length() && raw.regionMatches(start, name, 0, name.length())) {
                if (found != null) {
                    return DUPLICATE;
                }
                found = nameEnd == end ? "" : QueryStringDecoder.decodeComponent(raw.substring(nameEnd + 1, end));
            }
            start = end + 1;
        }
        return found;
    }

    /** {@code raw} without any {@code name} parameter. */
    public static String remove(String raw, String name) {
        Map<String, List<String>> params = parse(raw);
        params.remove(name);
        return encode(params);
    }

    /** Decoded parameters in order; a mutable map of mutable lists, for transformations. */
    public static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = QueryStringDecoder.decodeComponent(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : QueryStringDecoder.decodeComponent(part.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The raw query string of {@code params}, form-encoded. */
    public static String encode(Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((key, values) -> {
            for (String value : values) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(key, StandardCharsets.UTF_8));
                if (!value.isEmpty()) {
                    out.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return out.toString();
    }
}
