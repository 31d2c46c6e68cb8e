package io.slipway.gateway.plugin.transform;

/**
 * One {@code name:value} entry of a transformer's configuration (for {@code rename}, {@code old:new}).
 * The value may itself contain colons; only the first one separates.
 */
record NameValue(String name, String value) {

    static NameValue parse(String entry) {
        int colon = entry.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("invalid value: " + entry);
        }
        return new NameValue(entry.substring(0, colon).trim(), entry.substring(colon + 1));
    }

    /** The schema's error for an entry that is not {@code name:value}, or null. */
    static String problem(String entry) {
        return entry.indexOf(':') <= 0 ? "invalid value: " + entry : null;
    }
}
