package io.slipway.server.trigger.schedule;

import io.slipway.dsl.model.BuildResult;
import java.util.List;
import java.util.Objects;

/**
 * {@code upstream(upstreamProjects: 'a, b', threshold: hudson.model.Result.SUCCESS)}: build when a build
 * of one of {@code projects} ends with a result at least as good as {@code threshold}.
 */
public record UpstreamSpec(List<String> projects, BuildResult threshold) {

    public UpstreamSpec {
        projects = List.copyOf(projects);
        Objects.requireNonNull(threshold, "threshold");
    }

    /** Jenkins' {@code Result.isBetterOrEqualTo}: SUCCESS > UNSTABLE > FAILURE > NOT_BUILT > ABORTED. */
    public boolean admits(BuildResult result) {
        return result.ordinal() <= threshold.ordinal();
    }

    /** The projects as Jenkins writes them: {@code a, b}. */
    public String projectsText() {
        return String.join(", ", projects);
    }
}
