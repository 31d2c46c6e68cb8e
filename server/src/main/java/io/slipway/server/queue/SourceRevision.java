package io.slipway.server.queue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a build checks out and how its SCM environment reads, under Jenkins' variable names.
 *
 * @param ref the Git ref fetched for the build: {@code refs/heads/main}, {@code refs/tags/v1},
 *        {@code refs/pull/5/head}, {@code refs/merge-requests/5/head}
 * @param commit the full commit id to build, or null for "the ref's head when the build is queued"
 * @param environment {@code BRANCH_NAME}, {@code TAG_NAME}, {@code GIT_COMMIT}, {@code GIT_BRANCH}
 *        and, for change requests, the {@code CHANGE_*} variables; put into the build's environment
 */
public record SourceRevision(String ref, String commit, Map<String, String> environment) {

    private static final String HEADS = "refs/heads/";
    private static final String TAGS = "refs/tags/";

    public SourceRevision {
        Objects.requireNonNull(ref, "ref");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** A branch build: {@code BRANCH_NAME} and {@code GIT_BRANCH} are the branch's short name. */
    public static SourceRevision branch(String branch, String commit) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BRANCH_NAME", branch);
        env.put("GIT_BRANCH", branch);
        return new SourceRevision(HEADS + branch, commit, withCommit(env, commit));
    }

    /** A tag build: as in Jenkins' tag discovery, {@code BRANCH_NAME} and {@code TAG_NAME} are the tag. */
    public static SourceRevision tag(String tag, String commit) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BRANCH_NAME", tag);
        env.put("TAG_NAME", tag);
        env.put("GIT_BRANCH", tag);
        return new SourceRevision(TAGS + tag, commit, withCommit(env, commit));
    }

    /**
     * A pull or merge request build of its head commit, fetched through {@code ref} (the provider's
     * head ref of the request, or the source branch when the provider has none).
     */
    public static SourceRevision changeRequest(ChangeRequest change, String ref, String commit) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BRANCH_NAME", change.branchName());
        env.put("GIT_BRANCH", change.branchName());
        env.put("CHANGE_ID", change.id());
        env.put("CHANGE_TARGET", change.target());
        putIfPresent(env, "CHANGE_BRANCH", change.branch());
        putIfPresent(env, "CHANGE_FORK", change.fork());
        putIfPresent(env, "CHANGE_URL", change.url());
        putIfPresent(env, "CHANGE_TITLE", change.title());
        putIfPresent(env, "CHANGE_AUTHOR", change.author());
        putIfPresent(env, "CHANGE_AUTHOR_DISPLAY_NAME", change.authorDisplayName());
        putIfPresent(env, "CHANGE_AUTHOR_EMAIL", change.authorEmail());
        return new SourceRevision(ref, commit, withCommit(env, commit));
    }

    /** The same revision pinned to {@code pinned} (and {@code GIT_COMMIT} set to it). */
    public SourceRevision withCommit(String pinned) {
        return new SourceRevision(ref, pinned, withCommit(new LinkedHashMap<>(environment), pinned));
    }

    /** The branch name of a {@code refs/heads/} ref, else null. */
    public String branchName() {
        return ref.startsWith(HEADS) ? ref.substring(HEADS.length()) : null;
    }

    /** The tag name of a {@code refs/tags/} ref, else null. */
    public String tagName() {
        return ref.startsWith(TAGS) ? ref.substring(TAGS.length()) : null;
    }

    private static Map<String, String> withCommit(Map<String, String> env, String commit) {
        if (commit != null) {
            env.put("GIT_COMMIT", commit);
        } else {
            env.remove("GIT_COMMIT");
        }
        return env;
    }

    private static void putIfPresent(Map<String, String> env, String name, String value) {
        if (value != null && !value.isBlank()) {
            env.put(name, value);
        }
    }
}
