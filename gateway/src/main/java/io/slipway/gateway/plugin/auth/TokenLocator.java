package io.slipway.gateway.plugin.auth;

import io.netty.util.AsciiString;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.QueryString;
import java.util.List;

/** Finds a JWT in the query, the cookies or a {@code Bearer} header, in Kong's order. */
final class TokenLocator {

    /** Returned when a query parameter carries more than one token. */
    static final String MULTIPLE = QueryString.DUPLICATE;

    private TokenLocator() {}

    static String find(Exchange exchange, List<String> uriParams, List<String> cookieNames, AsciiString[] headers) {
        for (String param : uriParams) {
            String value = QueryString.find(exchange.query(), param);
            if (value != null) {
                return value;
            }
        }
        if (!cookieNames.isEmpty()) {
            String cookies = JwtFilter.cookieHeader(exchange);
            for (String name : cookieNames) {
                String value = cookie(cookies, name);
                if (value != null) {
                    return value;
                }
            }
        }
        for (AsciiString header : headers) {
            String token = bearer(exchange.requestHeaders().get(header));
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    /** The token of {@code Bearer <token>} (any case of "bearer", any spaces), or null. */
    static String bearer(String value) {
        if (value == null) {
            return null;
        }
        int i = 0;
        int n = value.length();
        while (i < n && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        if (!value.regionMatches(true, i, "bearer", 0, 6)) {
            return null;
        }
        i += 6;
        int afterWord = i;
        while (i < n && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        if (i == afterWord || i == n) {
            return null;
        }
        return value.substring(i).trim();
    }

    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String trimmed = part.trim();
            if (trimmed.length() > name.length() && trimmed.startsWith(name) && trimmed.charAt(name.length()) == '=') {
                return trimmed.substring(name.length() + 1);
            }
        }
        return null;
    }
}
