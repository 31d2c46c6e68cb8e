package io.slipway.server.queue;

import java.util.Objects;

/**
 * A pull request (GitHub, Gitea, Bitbucket) or merge request (GitLab) a build is for, as Jenkins'
 * branch sources describe one. Optional texts are null when the provider did not say.
 *
 * @param id the request's number on its provider ({@code CHANGE_ID})
 * @param prefix {@code PR} or {@code MR}: the build's {@code BRANCH_NAME} is {@code prefix-id}
 * @param target the branch it merges into ({@code CHANGE_TARGET})
 * @param branch its source branch ({@code CHANGE_BRANCH})
 * @param fork the owner (or full name) of the fork it comes from, null when from the same repository
 * @param url its web page ({@code CHANGE_URL}), never fetched
 * @param title {@code CHANGE_TITLE}
 * @param author the author's login ({@code CHANGE_AUTHOR})
 * @param authorDisplayName {@code CHANGE_AUTHOR_DISPLAY_NAME}
 * @param authorEmail {@code CHANGE_AUTHOR_EMAIL}
 */
public record ChangeRequest(String id, String prefix, String target, String branch, String fork, String url,
        String title, String author, String authorDisplayName, String authorEmail) {

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(target, "target");
    }

    /** Jenkins' name of a change request's build: {@code PR-5}, {@code MR-12}. */
    public String branchName() {
        return prefix + "-" + id;
    }
}
