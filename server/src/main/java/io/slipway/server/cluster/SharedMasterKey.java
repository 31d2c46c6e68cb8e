package io.slipway.server.cluster;

import io.slipway.server.credential.Sealer;
import io.slipway.server.store.CredentialStore;
import io.slipway.server.store.WebhookStore;
import io.slipway.server.trigger.webhook.WebhookSettings;

/**
 * Refuses to start a server whose master key does not open the secrets already sealed in its database.
 * Servers sharing a database must share {@code SLIPWAY_MASTER_KEY}: a server that generated a
 * {@code master.key} of its own would otherwise start, then answer every webhook and fail every build
 * that needs a secret sealed by another server. At start-up it opens one sealed value of each kind the
 * database holds (a credential, a job's webhook secret, a repository's webhook secret); a database
 * with no secrets yet has nothing to compare, so the first secret's server sets the key.
 */
public final class SharedMasterKey {

    /** The start-up error, naming the setting to fix and never any secret. */
    public static final String MISMATCH = "the master key (SLIPWAY_MASTER_KEY, or master.key in SLIPWAY_DATA)"
            + " does not open the secrets stored in this database; servers sharing a database must all be"
            + " given the same SLIPWAY_MASTER_KEY";

    private SharedMasterKey() {
    }

    /** Throws {@link IllegalStateException} with {@link #MISMATCH} when a stored secret does not open. */
    public static void verify(Sealer sealer, CredentialStore credentials, WebhookStore webhookStore,
            WebhookSettings webhooks) {
        try {
            credentials.first().ifPresent(row -> sealer.open(row.id(), row.sealed()));
            webhookStore.firstJobWithSecret().ifPresent(webhooks::jobSecret);
            webhooks.repositories().stream().findFirst()
                    .ifPresent(row -> webhooks.repositorySecret(row.displayUrl()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(MISMATCH, e);
        }
    }
}
