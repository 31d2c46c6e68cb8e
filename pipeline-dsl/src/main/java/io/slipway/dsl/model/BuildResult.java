package io.slipway.dsl.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Jenkins' build results, best first, as {@code upstream} thresholds and {@code currentBuild.result} name them. */
public enum BuildResult {
    SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED;

    /**
     * Reads {@code SUCCESS}, {@code 'UNSTABLE'} or {@code hudson.model.Result.FAILURE} (the last word counts).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static BuildResult parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown build result '" + text + "' (allowed: " + allowed() + ")"));
    }

    public static Optional<BuildResult> find(String text) {
        String word = text.substring(text.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(r -> r.name().equals(word)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
