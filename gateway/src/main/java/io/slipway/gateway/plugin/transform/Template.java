package io.slipway.gateway.plugin.transform;

import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request-transformer value with Kong's template references, compiled once:
 * {@code $(headers.name)}, {@code $(headers["x-name"])}, {@code $(query_params.name)}. A reference
 * to a missing value renders as the empty string. Route regex captures ({@code uri_captures}) are
 * not available to filters and render empty too. A value without {@code $(} renders as itself
 * without allocating.
 */
final class Template {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\((headers|query_params|uri_captures)(?:\\.([A-Za-z0-9_-]+)|\\[[\"']([^\"']+)[\"']\\])\\)");

    private record Reference(String source, String name) {}

    private final String literal;
    private final List<Object> parts;

    private Template(String literal, List<Object> parts) {
        this.literal = literal;
        this.parts = parts;
    }

    static Template of(String value) {
        if (!value.contains("$(")) {
            return new Template(value, null);
        }
        List<Object> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(value);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(value.substring(at, m.start()));
            }
            parts.add(new Reference(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
            at = m.end();
        }
        if (at < value.length()) {
            parts.add(value.substring(at));
        }
        return new Template(null, List.copyOf(parts));
    }

    String render(Exchange exchange) {
        if (literal != null) {
            return literal;
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Reference ref) {
                String value = switch (ref.source()) {
                    case "headers" -> exchange == null ? null : exchange.requestHeaders().get(ref.name());
                    case "query_params" -> exchange == null ? null : QueryString.find(exchange.query(), ref.name());
                    default -> null;
                };
                out.append(value == null || value == QueryString.DUPLICATE ? "" : value);
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }
}
