package io.slipway.server.trigger.schedule;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The triggers each job's settings and last-read Jenkinsfile ask for. */
@RegisterConstructorMapper(TriggerRow.class)
public interface TriggerStore {

    String COLUMNS = "job_name, origin, cron, poll_scm, upstream_projects, upstream_threshold, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM job_triggers ORDER BY job_name, origin")
    List<TriggerRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM job_triggers WHERE job_name = :job AND origin = :origin")
    Optional<TriggerRow> find(@Bind("job") String job, @Bind("origin") String origin);

    @SqlUpdate("DELETE FROM job_triggers WHERE job_name = :job AND origin = :origin")
    int delete(@Bind("job") String job, @Bind("origin") String origin);

    @SqlUpdate("DELETE FROM job_triggers WHERE job_name = :job")
    int deleteJob(@Bind("job") String job);

    @SqlUpdate("INSERT INTO job_triggers (" + COLUMNS + ") VALUES (:jobName, :origin, :cron, :pollScm,"
            + " :upstreamProjects, :upstreamThreshold, :updatedAt)")
    void insert(@BindMethods TriggerRow row);

    /** Replaces the row of a job and origin (portable upsert: delete and insert in one transaction). */
    @Transaction
    default void put(TriggerRow row) {
        delete(row.jobName(), row.origin());
        insert(row);
    }
}
