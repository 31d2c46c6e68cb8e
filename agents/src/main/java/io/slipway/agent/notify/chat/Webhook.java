package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.notify.NotifyCredentials;
import io.slipway.agent.step.StepContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a chat message goes. Messages only ever name its {@link #origin()} (scheme, host and port): a
 * webhook's path and query usually carry its secret token. A URL read from a credential is registered
 * with the build's masker as well.
 */
public record Webhook(URI uri) {

    public Webhook {
        Objects.requireNonNull(uri, "uri");
    }

    /** {@code scheme://host:port}, safe to print. */
    public String origin() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** A URL written in the Jenkinsfile (or server configuration). */
    public static Webhook of(String url, String field) throws NotificationException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw NotificationException.permanent("'" + field + "' must be an http(s) URL with a host");
            }
            return new Webhook(uri);
        } catch (URISyntaxException e) {
            throw NotificationException.permanent("'" + field + "' is not a valid URL");
        }
    }

    /** A URL kept as a secret-text credential; the whole URL is masked from now on. */
    public static Webhook fromCredential(StepContext ctx, String credentialId, String field)
            throws NotificationException {
        String url = NotifyCredentials.secretText(ctx, credentialId, field);
        return of(url, field + " (credential '" + credentialId + "')");
    }

    /**
     * The webhook a step names with {@code urlArg} (a URL) or {@code credentialArg} (a credential id holding
     * the URL); exactly one must be given.
     */
    public static Webhook resolve(StepContext ctx, io.slipway.agent.step.StepCall call, String urlArg,
            String credentialArg) throws NotificationException {
        String url = call.text(urlArg, null);
        String credential = call.text(credentialArg, null);
        if (url != null && credential != null) {
            throw NotificationException.permanent("give '" + urlArg + "' or '" + credentialArg + "', not both");
        }
        if (credential != null) {
            return fromCredential(ctx, credential, credentialArg);
        }
        if (url == null || url.isBlank()) {
            throw NotificationException.permanent("'" + urlArg + "' (or '" + credentialArg + "') is required");
        }
        return of(url, urlArg);
    }
}
