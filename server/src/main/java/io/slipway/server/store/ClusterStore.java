package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The servers sharing this database and which of them runs which build. Heartbeats use the
 * database's clock ({@code CURRENT_TIMESTAMP}), never a server's, so clock skew between servers
 * cannot end a live server's builds.
 */
@RegisterConstructorMapper(ServerRow.class)
@RegisterConstructorMapper(BuildRow.class)
@RegisterConstructorMapper(ClusterStore.AbortRequest.class)
public interface ClusterStore {

    /** An abort asked through another server for a build this server runs. */
    record AbortRequest(String jobName, int number, String abortRequest) {
    }

    /** The columns of {@link ServerRow}, the lease read against the database's clock. */
    String SERVER_COLUMNS = "id, heartbeat_at, lease_millis, CURRENT_TIMESTAMP AS db_now, instance, data_folder";

    @SqlUpdate("DELETE FROM servers WHERE id = :id")
    int remove(@Bind("id") String id);

    /** Removes the row of a server whose lease ran out, unless it renewed (or a new process took the id) meanwhile. */
    @SqlUpdate("DELETE FROM servers WHERE id = :id AND heartbeat_at = :at")
    int removeExpired(@Bind("id") String id, @Bind("at") Instant heartbeatAt);

    /** Removes a server's row only while {@code instance} still holds it (a clean stop). */
    @SqlUpdate("DELETE FROM servers WHERE id = :id AND instance = :instance")
    int leave(@Bind("id") String id, @Bind("instance") String instance);

    @SqlUpdate("INSERT INTO servers (id, started_at, heartbeat_at, lease_millis, instance, data_folder)"
            + " VALUES (:id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :lease, :instance, :folder)")
    void insert(@Bind("id") String id, @Bind("lease") long leaseMillis, @Bind("instance") String instance,
            @Bind("folder") String dataFolder);

    @SqlQuery("SELECT " + SERVER_COLUMNS + " FROM servers WHERE id = :id")
    Optional<ServerRow> server(@Bind("id") String id);

    @SqlQuery("SELECT " + SERVER_COLUMNS + " FROM servers WHERE id = :id FOR UPDATE")
    Optional<ServerRow> lockServer(@Bind("id") String id);

    /**
     * Takes server id {@code id} for process {@code instance} on data folder {@code dataFolder}, with a fresh
     * lease, unless another process from another data folder holds it with a live lease: then nothing
     * changes and that holder is returned. The same data folder wins even over a live lease, because the
     * caller holds that folder's lock: the process that held the id on it is gone (a restart after a kill).
     * Two servers taking a free id at once: one insert fails on the primary key, and its caller asks again.
     */
    @Transaction
    default Optional<ServerRow> take(String id, long leaseMillis, String instance, String dataFolder) {
        Optional<ServerRow> holder = lockServer(id);
        if (holder.isPresent() && !holder.get().expired() && !dataFolder.equals(holder.get().dataFolder())) {
            return holder;
        }
        remove(id);
        insert(id, leaseMillis, instance, dataFolder);
        return Optional.empty();
    }

    /** Renews this process's lease; 0 when its row is gone (taken for dead) or another process took the id. */
    @SqlUpdate("UPDATE servers SET heartbeat_at = CURRENT_TIMESTAMP, lease_millis = :lease"
            + " WHERE id = :id AND instance = :instance")
    int renew(@Bind("id") String id, @Bind("instance") String instance, @Bind("lease") long leaseMillis);

    @SqlQuery("SELECT " + SERVER_COLUMNS + " FROM servers ORDER BY id")
    List<ServerRow> servers();

    /** Builds left RUNNING by {@code server}; with {@code unowned}, also those no server is recorded for. */
    @SqlQuery("SELECT " + BuildStore.COLUMNS + " FROM builds WHERE status = 'RUNNING'"
            + " AND (server_id = :server OR (:unowned AND server_id IS NULL))")
    List<BuildRow> runningOn(@Bind("server") String server, @Bind("unowned") boolean unowned);

    @SqlQuery("SELECT name FROM jobs WHERE name = :job FOR UPDATE")
    Optional<String> lockJob(@Bind("job") String job);

    @SqlQuery("SELECT COUNT(*) FROM builds WHERE job_name = :job AND status = 'RUNNING'")
    int runningCount(@Bind("job") String job);

    /** Locks a still-queued build, skipping it when another server holds its lock right now. */
    @SqlQuery("SELECT number FROM builds WHERE job_name = :job AND number = :number AND status = 'QUEUED'"
            + " FOR UPDATE SKIP LOCKED")
    Optional<Integer> lockQueued(@Bind("job") String job, @Bind("number") int number);

    @SqlUpdate("UPDATE builds SET status = 'RUNNING', started_at = :at, server_id = :server"
            + " WHERE job_name = :job AND number = :number AND status = 'QUEUED'")
    int markRunning(@Bind("job") String job, @Bind("number") int number, @Bind("at") Instant at,
            @Bind("server") String server);

    /**
     * Takes a queued build for {@code server}, once across all servers: the build's row is locked
     * ({@code FOR UPDATE SKIP LOCKED}, so servers never wait on each other's candidates) and moved to
     * RUNNING in one transaction. For a job that forbids concurrent builds the job's row is locked
     * first, so two servers cannot both start one of its builds.
     */
    @Transaction
    default boolean claim(String job, int number, boolean exclusive, Instant at, String server) {
        if (exclusive && (lockJob(job).isEmpty() || runningCount(job) > 0)) {
            return false;
        }
        return lockQueued(job, number).isPresent() && markRunning(job, number, at, server) == 1;
    }

    @SqlUpdate("UPDATE builds SET abort_request = :reason WHERE job_name = :job AND number = :number"
            + " AND status = 'RUNNING'")
    int requestAbort(@Bind("job") String job, @Bind("number") int number, @Bind("reason") String reason);

    @SqlQuery("SELECT job_name, number, abort_request FROM builds WHERE server_id = :server AND status = 'RUNNING'"
            + " AND abort_request IS NOT NULL")
    List<AbortRequest> abortRequests(@Bind("server") String server);

    @SqlUpdate("UPDATE builds SET abort_request = NULL WHERE job_name = :job AND number = :number")
    void clearAbortRequest(@Bind("job") String job, @Bind("number") int number);
}
