package io.slipway.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Per-job notification settings (the job's mail template). */
@RegisterConstructorMapper(JobNotificationRow.class)
public interface JobNotificationStore {

    @SqlQuery("SELECT job_name, mail_template, updated_at FROM job_notifications WHERE job_name = :job")
    Optional<JobNotificationRow> find(@Bind("job") String job);

    @SqlUpdate("DELETE FROM job_notifications WHERE job_name = :job")
    int delete(@Bind("job") String job);

    @SqlUpdate("INSERT INTO job_notifications (job_name, mail_template, updated_at)"
            + " VALUES (:jobName, :mailTemplate, :updatedAt)")
    void insert(@BindMethods JobNotificationRow row);

    /** Replaces the job's settings in one transaction (portable: no MERGE/UPSERT dialects). */
    @Transaction
    default void put(JobNotificationRow row) {
        delete(row.jobName());
        insert(row);
    }
}
