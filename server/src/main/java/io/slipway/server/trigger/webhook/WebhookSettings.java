package io.slipway.server.trigger.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.api.ApiException;
import io.slipway.server.credential.Sealer;
import io.slipway.server.store.WebhookStore;
import io.slipway.server.store.WebhookStore.JobSettingsRow;
import io.slipway.server.store.WebhookStore.RepositorySecretRow;
import io.slipway.server.trigger.RepositoryUrls;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A job's webhook secret, quiet period and trigger token hash, and the server-wide webhook secrets
 * per repository. Secrets are sealed with the server's master key and never returned; trigger
 * tokens are kept only as SHA-256 hashes (a 256-bit random token cannot be guessed from its hash,
 * so a slow password hash would add nothing).
 */
public final class WebhookSettings {

    private static final int MIN_SECRET = 8;

    private final WebhookStore store;
    private final Sealer sealer;
    private final Clock clock;

    public WebhookSettings(WebhookStore store, Sealer sealer, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * Applies a job JSON's {@code "webhook": {"secret": "..."}} (null secret clears it) and
     * {@code "quietPeriod": seconds}; fields left out keep their values. 400 naming a bad field.
     */
    public void apply(String job, JsonNode body) {
        save(parse(job, body));
    }

    /** Checks a job JSON's webhook fields without saving them: 400 naming a bad field. */
    public void check(String job, JsonNode body) {
        parse(job, body);
    }

    private JobSettingsRow parse(String job, JsonNode body) {
        JobSettingsRow current = settings(job);
        String sealed = current.sealedSecret();
        Integer quiet = current.quietPeriod();
        JsonNode webhook = body.get("webhook");
        if (webhook != null && !webhook.isNull()) {
            if (!webhook.isObject()) {
                throw ApiException.badField("webhook", "must be an object like {\"secret\": \"...\"}");
            }
            if (webhook.has("secret")) {
                JsonNode secret = webhook.get("secret");
                if (secret.isNull()) {
                    sealed = null;
                } else if (!secret.isTextual() || secret.asText().length() < MIN_SECRET) {
                    throw ApiException.badField("webhook.secret", "must be a string of at least " + MIN_SECRET + " characters");
                } else {
                    sealed = sealer.seal(sealId(job), secret.asText());
                }
            }
        }
        JsonNode quietPeriod = body.get("quietPeriod");
        if (quietPeriod != null) {
            if (quietPeriod.isNull()) {
                quiet = null;
            } else if (!quietPeriod.canConvertToInt() || !quietPeriod.isIntegralNumber() || quietPeriod.asInt() < 0) {
                throw ApiException.badField("quietPeriod", "must be a whole number of seconds, 0 or more");
            } else {
                quiet = quietPeriod.asInt();
            }
        }
        return new JobSettingsRow(job, sealed, quiet, current.tokenHash());
    }

    public Optional<String> jobSecret(String job) {
        String sealed = settings(job).sealedSecret();
        return sealed == null ? Optional.empty() : Optional.of(sealer.open(sealId(job), sealed));
    }

    public boolean hasJobSecret(String job) {
        return settings(job).sealedSecret() != null;
    }

    public Optional<Integer> quietPeriod(String job) {
        return Optional.ofNullable(settings(job).quietPeriod());
    }

    /** Stores the hash of a new trigger token of {@code job}, replacing any earlier one. */
    public void setTokenHash(String job, String hash) {
        JobSettingsRow current = settings(job);
        save(new JobSettingsRow(job, current.sealedSecret(), current.quietPeriod(), hash));
    }

    public Optional<String> tokenHash(String job) {
        return Optional.ofNullable(settings(job).tokenHash());
    }

    public void forget(String job) {
        store.deleteJobSettings(job);
    }

    /** Sets the server-wide secret of a repository; 400 when the URL names no repository. */
    public void putRepositorySecret(String url, String secret) {
        String key = RepositoryUrls.key(url).orElseThrow(() ->
                ApiException.badField("repository", "is not a Git repository address"));
        if (secret == null || secret.length() < MIN_SECRET) {
            throw ApiException.badField("secret", "must be a string of at least " + MIN_SECRET + " characters");
        }
        store.deleteRepositorySecret(key);
        store.insertRepositorySecret(new RepositorySecretRow(key, url, sealer.seal(repositorySealId(key), secret),
                clock.instant()));
    }

    public boolean deleteRepositorySecret(String url) {
        return RepositoryUrls.key(url).map(store::deleteRepositorySecret).orElse(0) > 0;
    }

    /** The repositories that have a server-wide secret (addresses only). */
    public List<RepositorySecretRow> repositories() {
        return store.repositorySecrets();
    }

    public Optional<String> repositorySecret(String url) {
        return RepositoryUrls.key(url).flatMap(store::repositorySecret)
                .map(row -> sealer.open(repositorySealId(row.repository()), row.sealedSecret()));
    }

    private JobSettingsRow settings(String job) {
        return store.jobSettings(job).orElse(new JobSettingsRow(job, null, null, null));
    }

    private void save(JobSettingsRow row) {
        store.deleteJobSettings(row.jobName());
        store.insertJobSettings(row);
    }

    private static String sealId(String job) {
        return "webhook-secret:job:" + job;
    }

    private static String repositorySealId(String key) {
        return "webhook-secret:repository:" + key;
    }
}
