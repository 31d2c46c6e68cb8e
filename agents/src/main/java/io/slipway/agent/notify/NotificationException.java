package io.slipway.agent.notify;

/**
 * A notification could not be delivered or configured: the SMTP server refused or could not be reached,
 * a webhook answered with an error, a credential is missing. {@code retryable} says whether another try
 * may succeed (a network error or a 5xx, not a missing setting). The message never holds a secret.
 */
public class NotificationException extends Exception {

    private final boolean retryable;

    public NotificationException(String message, boolean retryable) {
        super(message, null, false, false);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** A problem another try cannot fix. */
    public static NotificationException permanent(String message) {
        return new NotificationException(message, false);
    }

    /** A problem another try may not have. */
    public static NotificationException transientFailure(String message) {
        return new NotificationException(message, true);
    }
}
