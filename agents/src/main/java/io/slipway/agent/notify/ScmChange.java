package io.slipway.agent.notify;

import java.util.Objects;

/**
 * One commit of a build's changes: its id, the first line of its message, its author's name and its
 * committer (whose address {@code developers()} and {@code culprits()} mail, as Jenkins' Git plugin
 * does by default).
 */
public record ScmChange(String commit, String message, String author, Person committer) {

    public ScmChange {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(committer, "committer");
    }

    /** The abbreviated commit id shown in messages. */
    public String shortCommit() {
        return commit.length() > 8 ? commit.substring(0, 8) : commit;
    }
}
