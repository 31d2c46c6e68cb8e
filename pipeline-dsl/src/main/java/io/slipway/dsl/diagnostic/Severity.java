package io.slipway.dsl.diagnostic;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How bad a diagnostic is: an error makes a pipeline invalid, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The word a diagnostic prints: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase();
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (allowed: "
                + Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", ")) + ")");
    }
}
