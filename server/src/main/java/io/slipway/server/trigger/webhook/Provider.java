package io.slipway.server.trigger.webhook;

import java.util.Locale;
import java.util.Optional;

/** A webhook sender: its path segment and the headers naming the delivery and the event. */
public enum Provider {
    GITHUB("X-GitHub-Delivery", "X-GitHub-Event"),
    GITLAB("X-Gitlab-Event-UUID", "X-Gitlab-Event"),
    GITEA("X-Gitea-Delivery", "X-Gitea-Event"),
    BITBUCKET("X-Request-UUID", "X-Event-Key"),
    GENERIC("X-Slipway-Delivery", "X-Slipway-Event");

    private final String deliveryHeader;
    private final String eventHeader;

    Provider(String deliveryHeader, String eventHeader) {
        this.deliveryHeader = deliveryHeader;
        this.eventHeader = eventHeader;
    }

    public String deliveryHeader() {
        return deliveryHeader;
    }

    public String eventHeader() {
        return eventHeader;
    }

    /** The path segment: {@code /webhooks/github}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Provider> ofPath(String segment) {
        for (Provider provider : values()) {
            if (provider.path().equals(segment)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
