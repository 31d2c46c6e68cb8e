package io.slipway.gateway.plugin.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides whether a request's {@code Origin} is one of the cors plugin's {@code origins}: an exact
 * origin, {@code *} for any, or a regular expression matched against the whole origin (Kong's
 * {@code (.*)\.example\.org}). Compiled once per configuration; matching an exact origin is a hash lookup.
 */
final class OriginMatcher {

    private final boolean any;
    private final Set<String> exact;
    private final List<Pattern> patterns;

    OriginMatcher(List<String> origins) {
        this.any = origins.isEmpty() || origins.contains("*");
        this.exact = Set.copyOf(origins);
        List<Pattern> compiled = new ArrayList<>();
        for (String origin : origins) {
            if (!origin.equals("*")) {
                Pattern pattern = compile(origin);
                if (pattern != null) {
                    compiled.add(pattern);
                }
            }
        }
        this.patterns = List.copyOf(compiled);
    }

    /** Whether every origin is allowed ({@code *} or no origins configured). */
    boolean any() {
        return any;
    }

    boolean matches(String origin) {
        if (any || exact.contains(origin)) {
            return true;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The error message for an origin that is neither {@code *}, an origin nor a regex, or null. */
    static String problem(String origin) {
        return origin.equals("*") || compile(origin) != null ? null : "'" + origin + "' is not a valid regex";
    }

    private static Pattern compile(String origin) {
        try {
            return Pattern.compile(origin);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
