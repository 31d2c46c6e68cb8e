package io.slipway.server.trigger;

import java.util.Objects;

/**
 * One verified push, as the webhook dispatcher publishes it on {@link PushEvents}: to which
 * repository, which ref ({@code refs/heads/x} or {@code refs/tags/v1}), the commits before and after
 * it (null when the provider did not say; a created ref has no before, a deleted one no after), and
 * whether the push created or deleted the ref.
 *
 * @param repositoryUrl the repository's clone URL as the provider sent it; compare through
 *        {@link RepositoryUrls#key} ({@code https}, {@code ssh} and scp-like forms are one repository)
 */
public record PushEvent(String repositoryUrl, String ref, String before, String after, boolean created,
        boolean deleted) {

    public PushEvent {
        Objects.requireNonNull(repositoryUrl, "repositoryUrl");
        Objects.requireNonNull(ref, "ref");
    }

    /** The branch of a {@code refs/heads/} ref, else null (a tag). */
    public String branch() {
        return ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : null;
    }

    /** The tag of a {@code refs/tags/} ref, else null. */
    public String tag() {
        return ref.startsWith("refs/tags/") ? ref.substring("refs/tags/".length()) : null;
    }
}
