package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Builds: the durable queue (rows in QUEUED) and every build's record. */
@RegisterConstructorMapper(BuildRow.class)
public interface BuildStore {

    String COLUMNS = "job_name, number, status, cause, parameters, commit_sha, stages, queued_at, started_at,"
            + " finished_at, end_reason";

    @SqlUpdate("INSERT INTO builds (" + COLUMNS + ") VALUES (:jobName, :number, :status, :cause, :parameters,"
            + " :commitSha, :stages, :queuedAt, :startedAt, :finishedAt, :endReason)")
    void insert(@BindMethods BuildRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number = :number")
    Optional<BuildRow> find(@Bind("job") String job, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job ORDER BY number DESC LIMIT :limit")
    List<BuildRow> newestFirst(@Bind("job") String job, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM builds WHERE job_name = :job AND number < :number"
            + " AND status NOT IN ('QUEUED', 'RUNNING') ORDER BY number DESC LIMIT 1")
    Optional<BuildRow> previousFinished(@Bind("job") String job, @Bind("number") int number);

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
