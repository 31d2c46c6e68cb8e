package io.slipway.dsl.expr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code currentBuild} object of Jenkins pipelines (and the shape of {@code previousBuild}), which
 * the engine implements over its build record. Scripts read the properties below by their Jenkins
 * names ({@code currentBuild.result}, {@code .number}, {@code .previousBuild?.result}, ...) and may set
 * {@code result}, {@code description} and {@code displayName}.
 * <p>
 * Results are Jenkins' words: {@code SUCCESS}, {@code UNSTABLE}, {@code FAILURE}, {@code NOT_BUILT},
 * {@code ABORTED}. As in Jenkins, {@link #setResult} may only make a result worse; enforcing that is the
 * implementation's job. The defaults let a minimal implementation supply only what it has.
 */
public interface CurrentBuildView {

    int number();

    /** The result set so far, or {@code null} while the build runs without one. */
    String result();

    void setResult(String result);

    /** The result, or {@code SUCCESS} while none is set. */
    default String currentResult() {
        String result = result();
        return result == null ? "SUCCESS" : result;
    }

    default String displayName() {
        return "#" + number();
    }

    void setDisplayName(String displayName);

    /** The build's description, {@code null} when none was set. */
    String description();

    void setDescription(String description);

    default Optional<CurrentBuildView> previousBuild() {
        return Optional.empty();
    }

    default Optional<CurrentBuildView> previousSuccessfulBuild() {
        return Optional.empty();
    }

    default String id() {
        return Integer.toString(number());
    }

    default String projectName() {
        return "";
    }

    default String fullProjectName() {
        return projectName();
    }

    default String fullDisplayName() {
        return fullProjectName() + " " + displayName();
    }

    default String absoluteUrl() {
        return "";
    }

    /** Milliseconds since the epoch when the build started. */
    default long startTimeInMillis() {
        return 0L;
    }

    /** Milliseconds the build has run (or ran). */
    default long duration() {
        return 0L;
    }

    /** Jenkins' rendering of the duration, such as {@code 1 min 5 sec}. */
    default String durationString() {
        return duration() / 1000 + " sec";
    }

    /** The causes as Jenkins' {@code getBuildCauses()} gives them: maps with {@code _class} and {@code shortDescription}. */
    default List<Map<String, Object>> buildCauses() {
        return List.of();
    }

    /**
     * Whether this build is a rollback to an earlier deployment (Slipway's {@code currentBuild.rollback}),
     * so a pipeline can skip test and build with {@code when { not { expression { currentBuild.rollback } } }}.
     */
    default boolean rollback() {
        return false;
    }

    /** The build's parameters and environment contributions as strings. */
    default Map<String, String> buildVariables() {
        return Map.of();
    }
}
