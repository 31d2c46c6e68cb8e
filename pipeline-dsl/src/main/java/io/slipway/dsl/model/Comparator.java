package io.slipway.dsl.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a {@code when} pattern is compared: Ant-style glob (the default), regular expression, or exact text. */
public enum Comparator {
    GLOB, REGEXP, EQUALS;

    /** @throws IllegalArgumentException naming the allowed comparators */
    public static Comparator parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown comparator '" + text + "' (allowed: " + allowed() + ")"));
    }

    public static Optional<Comparator> find(String text) {
        return Arrays.stream(values()).filter(c -> c.name().equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
