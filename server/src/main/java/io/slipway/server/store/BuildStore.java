package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Builds: the durable queue (rows in QUEUED) and every build's record. */
@RegisterConstructorMapper(BuildRow.class)
public interface BuildStore {

    String COLUMNS = "job_name, number, status, cause, parameters, commit_sha, stages, queued_at, started_at,"
            + " finished_at, end_reason, source_ref, scm_env, not_before, secret_parameters";

    @SqlUpdate("INSERT INTO builds (" + COLUMNS + ") VALUES (:jobName, :number, :status, :cause, :parameters,"
            + " :commitSha, :stages, :queuedAt, :startedAt, :finishedAt, :endReason, :sourceRef, :scmEnv, :notBefore, :secretParameters)")
    void insert(@BindMethods BuildRow row);

    /** Locks the job's row until the transaction ends, so queueing into one job happens one at a time. */
    @SqlUpdate("UPDATE jobs SET next_build_number = next_build_number WHERE name = :job")
    int lockJob(@Bind("job") String job);

    @SqlUpdate("UPDATE jobs SET next_build_number = next_build_number + 1 WHERE name = :job")
    int bumpBuildNumber(@Bind("job") String job);

    @SqlQuery("SELECT next_build_number FROM jobs WHERE name = :job")
    int nextBuildNumber(@Bind("job") String job);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND status = 'QUEUED' AND source_ref = :ref"
            + " ORDER BY number DESC")
    List<BuildRow> queuedFor(@Bind("job") String job, @Bind("ref") String ref);

    /** Points a still-queued build at a newer commit; 0 when it has started (or ended) meanwhile. */
    @SqlUpdate("UPDATE builds SET commit_sha = :commitSha, scm_env = :scmEnv, cause = :cause"
            + " WHERE job_name = :jobName AND number = :number AND status = 'QUEUED'")
    int retarget(@BindMethods BuildRow row);

    /**
     * Queues {@code row} as a new build, or, when {@code coalesce} and a build of the same job, ref and
     * parameters is still queued, points that build at the row's commit instead (Jenkins' queue folds
     * such triggers into the waiting item). The job's row is locked for the whole transaction, so two
     * concurrent triggers of one job never both insert. The row's number is ignored.
     */
    @Transaction
    default Queued queue(BuildRow row, boolean coalesce) {
        if (lockJob(row.jobName()) != 1) {
            throw new IllegalStateException("job " + row.jobName() + " vanished while queueing a build");
        }
        if (coalesce && row.sourceRef() != null) {
            // parameters compare in Java: H2 cannot compare TEXT (CLOB) columns in SQL
            Optional<BuildRow> waiting = queuedFor(row.jobName(), row.sourceRef()).stream()
                    .filter(queued -> queued.parameters().equals(row.parameters())).findFirst();
            if (waiting.isPresent() && retarget(row.withNumber(waiting.get().number())) == 1) {
                return new Queued(waiting.get().number(), true);
            }
        }
        bumpBuildNumber(row.jobName());
        int number = nextBuildNumber(row.jobName()) - 1;
        insert(row.withNumber(number));
        return new Queued(number, false);
    }

    /** What {@link #queue} did: the build's number, and whether it joined a build already queued. */
    record Queued(int number, boolean merged) {
    }

    /** Queued builds whose quiet period has passed, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE status = 'QUEUED' AND (not_before IS NULL"
            + " OR not_before <= :now) ORDER BY queued_at, job_name, number")
    List<BuildRow> queuedDue(@Bind("now") Instant now);

    /** The earliest end of a quiet period still running, if any. */
    @SqlQuery("SELECT not_before FROM builds WHERE status = 'QUEUED' AND not_before > :now"
            + " ORDER BY not_before LIMIT 1")
    List<Instant> nextDue(@Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number = :number")
    Optional<BuildRow> find(@Bind("job") String job, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job ORDER BY number DESC LIMIT :limit")
    List<BuildRow> newestFirst(@Bind("job") String job, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number < :number"
            + " AND status NOT IN ('QUEUED', 'RUNNING') ORDER BY number DESC LIMIT 1")
    Optional<BuildRow> previousFinished(@Bind("job") String job, @Bind("number") int number);

    /** The latest SUCCESS build before {@code number} (its commit is where {@code when { changeset }} starts). */
    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number < :number"
            + " AND status = 'SUCCESS' ORDER BY number DESC LIMIT 1")
    Optional<BuildRow> previousSuccessful(@Bind("job") String job, @Bind("number") int number);

    /** The latest SUCCESS build of the same Git ref before {@code number} (a branch's, a tag's, a change request's). */
    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number < :number AND source_ref = :ref"
            + " AND status = 'SUCCESS' ORDER BY number DESC LIMIT 1")
    Optional<BuildRow> previousSuccessfulOfRef(@Bind("job") String job, @Bind("number") int number,
            @Bind("ref") String ref);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE status = 'QUEUED' ORDER BY queued_at, job_name, number")
    List<BuildRow> queued();

    @SqlUpdate("UPDATE builds SET exclusive = :exclusive WHERE job_name = :job AND number = :number")
    void setExclusive(@Bind("job") String job, @Bind("number") int number, @Bind("exclusive") boolean exclusive);

    @SqlQuery("SELECT exclusive FROM builds WHERE job_name = :job AND number = :number")
    boolean isExclusive(@Bind("job") String job, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE status = 'RUNNING'")
    List<BuildRow> running();

    /** Takes a queued build for running; 0 when another dispatcher (or an abort) took it first. */
    @SqlUpdate("UPDATE builds SET status = 'RUNNING', started_at = :at WHERE job_name = :job AND number = :number"
            + " AND status = 'QUEUED'")
    int claim(@Bind("job") String job, @Bind("number") int number, @Bind("at") Instant at);

    @SqlUpdate("UPDATE builds SET commit_sha = :commit WHERE job_name = :job AND number = :number")
    void setCommit(@Bind("job") String job, @Bind("number") int number, @Bind("commit") String commit);

    @SqlUpdate("UPDATE builds SET stages = :stages WHERE job_name = :job AND number = :number")
    void setStages(@Bind("job") String job, @Bind("number") int number, @Bind("stages") String stages);

    /** Ends a build that has not ended yet; 0 when it had already ended. */
    @SqlUpdate("UPDATE builds SET status = :status, stages = :stages, finished_at = :at, end_reason = :reason"
            + " WHERE job_name = :job AND number = :number AND status IN ('QUEUED', 'RUNNING')")
    int finish(@Bind("job") String job, @Bind("number") int number, @Bind("status") String status,
            @Bind("stages") String stages, @Bind("at") Instant at, @Bind("reason") String reason);

    @SqlUpdate("DELETE FROM builds WHERE job_name = :job AND number = :number")
    void delete(@Bind("job") String job, @Bind("number") int number);

    @SqlUpdate("DELETE FROM builds WHERE job_name = :job")
    void deleteAll(@Bind("job") String job);
}
