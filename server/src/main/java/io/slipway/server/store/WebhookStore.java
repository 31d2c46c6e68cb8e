package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Webhook deliveries, webhook secrets per job and per repository, and trigger tokens per job. */
@RegisterConstructorMapper(WebhookStore.DeliveryRow.class)
@RegisterConstructorMapper(WebhookStore.JobSettingsRow.class)
@RegisterConstructorMapper(WebhookStore.RepositorySecretRow.class)
public interface WebhookStore {

    /** One delivery as stored; {@code builds} holds {@code job#number} entries, one a line. */
    record DeliveryRow(String deliveryKey, String provider, String deliveryId, String event, String repository,
            String ref, String commitSha, Instant receivedAt, String outcome, String detail, String builds,
            String client) {
    }

    record JobSettingsRow(String jobName, String sealedSecret, Integer quietPeriod, String tokenHash) {
    }

    record RepositorySecretRow(String repository, String displayUrl, String sealedSecret, Instant updatedAt) {
    }

    /** Stores a new delivery; throws on a duplicate key (the provider redelivered it). */
    @SqlUpdate("INSERT INTO webhook_deliveries (delivery_key, provider, delivery_id, event, repository, ref, commit_sha,"
            + " received_at, outcome, detail, builds, client) VALUES (:deliveryKey, :provider, :deliveryId, :event,"
            + " :repository, :ref, :commitSha, :receivedAt, :outcome, :detail, :builds, :client)")
    void insert(@BindMethods DeliveryRow row);

    @SqlQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE delivery_key = :key")
    int count(@Bind("key") String key);

    @SqlUpdate("UPDATE webhook_deliveries SET outcome = :outcome, detail = :detail, builds = :builds,"
            + " repository = COALESCE(:repository, repository), ref = COALESCE(:ref, ref),"
            + " commit_sha = COALESCE(:commit, commit_sha) WHERE delivery_key = :key")
    void finish(@Bind("key") String key, @Bind("outcome") String outcome, @Bind("detail") String detail,
            @Bind("builds") String builds, @Bind("repository") String repository, @Bind("ref") String ref,
            @Bind("commit") String commit);

    @SqlQuery("SELECT * FROM webhook_deliveries WHERE (:provider IS NULL OR provider = :provider)"
            + " AND (:outcome IS NULL OR outcome = :outcome) ORDER BY received_at DESC, delivery_key LIMIT :limit OFFSET :offset")
    List<DeliveryRow> deliveries(@Bind("provider") String provider, @Bind("outcome") String outcome,
            @Bind("limit") int limit, @Bind("offset") int offset);

    /** Any one job that has a sealed webhook secret (the first by name), to check that the master key opens it. */
    @SqlQuery("SELECT job_name FROM job_webhook_settings WHERE sealed_secret IS NOT NULL ORDER BY job_name LIMIT 1")
    Optional<String> firstJobWithSecret();

    @SqlQuery("SELECT * FROM job_webhook_settings WHERE job_name = :job")
    Optional<JobSettingsRow> jobSettings(@Bind("job") String job);

    @SqlUpdate("DELETE FROM job_webhook_settings WHERE job_name = :job")
    void deleteJobSettings(@Bind("job") String job);

    @SqlUpdate("INSERT INTO job_webhook_settings (job_name, sealed_secret, quiet_period, token_hash)"
            + " VALUES (:jobName, :sealedSecret, :quietPeriod, :tokenHash)")
    void insertJobSettings(@BindMethods JobSettingsRow row);

    @SqlQuery("SELECT * FROM repository_webhook_secrets ORDER BY repository")
    List<RepositorySecretRow> repositorySecrets();

    @SqlQuery("SELECT * FROM repository_webhook_secrets WHERE repository = :repository")
    Optional<RepositorySecretRow> repositorySecret(@Bind("repository") String repository);

    @SqlUpdate("DELETE FROM repository_webhook_secrets WHERE repository = :repository")
    int deleteRepositorySecret(@Bind("repository") String repository);

    @SqlUpdate("INSERT INTO repository_webhook_secrets (repository, display_url, sealed_secret, updated_at)"
            + " VALUES (:repository, :displayUrl, :sealedSecret, :updatedAt)")
    void insertRepositorySecret(@BindMethods RepositorySecretRow row);
}
