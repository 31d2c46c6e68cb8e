package io.slipway.dsl.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The conditions of a {@code post} section, declared in the order Jenkins' code runs them. Jenkins sorts
 * its {@code BuildCondition} extensions by descending ordinal (pipeline-model-definition, package
 * {@code model.conditions}, each class's {@code @Extension(ordinal=...)}): always 1000, changed 900,
 * fixed 890, regression 880, aborted 800, success 700, unsuccessful 650, unstable 600, failure 500,
 * notBuilt 400, cleanup last. That runs {@code success} before {@code failure}, unlike the order of
 * Jenkins' documentation.
 */
public enum PostCondition {
    ALWAYS("always"), CHANGED("changed"), FIXED("fixed"), REGRESSION("regression"), ABORTED("aborted"),
    SUCCESS("success"), UNSUCCESSFUL("unsuccessful"), UNSTABLE("unstable"), FAILURE("failure"),
    NOT_BUILT("notBuilt"), CLEANUP("cleanup");

    private final String word;

    PostCondition(String word) {
        this.word = word;
    }

    /** The word written in a Jenkinsfile. */
    public String word() {
        return word;
    }

    /** @throws IllegalArgumentException naming the allowed conditions */
    public static PostCondition parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown post condition '" + text + "' (allowed: " + allowed() + ")"));
    }

    public static Optional<PostCondition> find(String text) {
        return Arrays.stream(values()).filter(c -> c.word.equals(text)).findFirst();
    }

    /** The condition words in run order, comma-separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(PostCondition::word).collect(Collectors.joining(", "));
    }
}
