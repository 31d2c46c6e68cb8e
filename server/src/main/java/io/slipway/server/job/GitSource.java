package io.slipway.server.job;

import java.util.Objects;

/**
 * A pipeline read from a Git repository: the Jenkinsfile at {@code scriptPath} on {@code branch}.
 *
 * @param url anything JGit can clone: a local path, {@code file://}, {@code http(s)://}, {@code ssh://}
 * @param branch the branch to build (default {@code main})
 * @param scriptPath path of the Jenkinsfile inside the repository (default {@code Jenkinsfile})
 */
public record GitSource(String url, String branch, String scriptPath) implements JobSource {

    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_SCRIPT = "Jenkinsfile";

    public GitSource {
        Objects.requireNonNull(url, "url");
        branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch;
        scriptPath = scriptPath == null || scriptPath.isBlank() ? DEFAULT_SCRIPT : scriptPath;
    }
}
