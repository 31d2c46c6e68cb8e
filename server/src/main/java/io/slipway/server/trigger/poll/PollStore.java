package io.slipway.server.trigger.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** What polling remembers: the last seen commit per job and branch, and the poll log. */
@RegisterConstructorMapper(PollEntry.class)
public interface PollStore {

    @SqlQuery("SELECT commit_sha FROM poll_heads WHERE job_name = :job AND ref_name = :ref")
    Optional<String> head(@Bind("job") String job, @Bind("ref") String ref);

    @SqlUpdate("DELETE FROM poll_heads WHERE job_name = :job AND ref_name = :ref")
    void deleteHead(@Bind("job") String job, @Bind("ref") String ref);

    @SqlUpdate("INSERT INTO poll_heads (job_name, ref_name, commit_sha, seen_at) VALUES (:job, :ref, :sha, :at)")
    void insertHead(@Bind("job") String job, @Bind("ref") String ref, @Bind("sha") String sha, @Bind("at") Instant at);

    @Transaction
    default void putHead(String job, String ref, String sha, Instant at) {
        deleteHead(job, ref);
        insertHead(job, ref, sha, at);
    }

    @SqlUpdate("INSERT INTO poll_log (job_name, polled_at, reason, outcome, commits, message, build_number)"
            + " VALUES (:jobName, :polledAt, :reason, :outcome, :commits, :message, :buildNumber)")
    void log(@BindMethods PollEntry entry);

    @SqlQuery("SELECT id, job_name, polled_at, reason, outcome, commits, message, build_number FROM poll_log"
            + " WHERE job_name = :job ORDER BY id DESC LIMIT :limit")
    List<PollEntry> newestFirst(@Bind("job") String job, @Bind("limit") int limit);

    /** Keeps the newest {@code keep} entries of a job. */
    @SqlUpdate("DELETE FROM poll_log WHERE job_name = :job AND id < (SELECT COALESCE(MIN(id), 0) FROM"
            + " (SELECT id FROM poll_log WHERE job_name = :job ORDER BY id DESC LIMIT :keep) kept)")
    void trim(@Bind("job") String job, @Bind("keep") int keep);

    @SqlUpdate("DELETE FROM poll_heads WHERE job_name = :job")
    void forgetHeads(@Bind("job") String job);

    @SqlUpdate("DELETE FROM poll_log WHERE job_name = :job")
    void forgetLog(@Bind("job") String job);
}
