package io.slipway.server.trigger.webhook;

import io.slipway.server.queue.ChangeRequest;
import java.util.List;

/**
 * What one delivery means, whatever its provider: a push to a branch or tag, a pull/merge request
 * opened or updated, a ping, or something we record and ignore.
 *
 * @param kind what happened
 * @param event the provider's own event name, for the delivery record
 * @param repositoryUrls every address the payload gives for the repository (https, ssh, web)
 * @param ref the full ref pushed ({@code refs/heads/main}, {@code refs/tags/v1}) or the request's head ref
 * @param commit the commit to build (the new head; null when a branch was deleted)
 * @param deleted whether the push deleted the ref
 * @param change the pull/merge request, for {@link Kind#CHANGE_REQUEST}
 */
public record WebhookEvent(Kind kind, String event, List<String> repositoryUrls, String ref, String before,
        String commit, boolean created, boolean deleted, ChangeRequest change) {

    public enum Kind { PUSH, CHANGE_REQUEST, PING, IGNORED }

    public WebhookEvent {
        repositoryUrls = List.copyOf(repositoryUrls);
    }

    static WebhookEvent ping(String event, List<String> urls) {
        return new WebhookEvent(Kind.PING, event, urls, null, null, null, false, false, null);
    }

    static WebhookEvent ignored(String event, List<String> urls) {
        return new WebhookEvent(Kind.IGNORED, event, urls, null, null, null, false, false, null);
    }

    /** The first repository address, for the delivery record. */
    public String repository() {
        return repositoryUrls.isEmpty() ? null : repositoryUrls.get(0);
    }
}
