package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Remote agents and their token hashes (V13). Revoking an agent deletes its row. Also puts a build whose agent
 * was lost back in the queue.
 */
@RegisterConstructorMapper(AgentRow.class)
public interface AgentStore {

    String COLUMNS = "name, labels, executors, ephemeral, created_at";

    @SqlUpdate("INSERT INTO agents (name, labels, executors, token_hash, ephemeral, created_at)"
            + " VALUES (:name, :labels, :executors, :hash, :ephemeral, :at)")
    void insert(@Bind("name") String name, @Bind("labels") String labels, @Bind("executors") int executors,
            @Bind("hash") String tokenHash, @Bind("ephemeral") boolean ephemeral, @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM agents ORDER BY name")
    List<AgentRow> list();

    @SqlQuery("SELECT " + COLUMNS + " FROM agents WHERE name = :name")
    Optional<AgentRow> find(@Bind("name") String name);

    @SqlQuery("SELECT " + COLUMNS + " FROM agents WHERE token_hash = :hash")
    Optional<AgentRow> byTokenHash(@Bind("hash") String tokenHash);

    @SqlUpdate("DELETE FROM agents WHERE name = :name")
    int delete(@Bind("name") String name);

    /**
     * Puts a running build back in the queue (its agent was lost and the pipeline retries on that): the next
     * dispatcher pass claims it again, on any server, and it runs from the start, appending to its log.
     */
    @SqlUpdate("UPDATE builds SET status = 'QUEUED', server_id = NULL, abort_request = NULL"
            + " WHERE job_name = :job AND number = :number AND status = 'RUNNING'")
    int requeue(@Bind("job") String job, @Bind("number") int number);

    /**
     * Puts a running build back in the queue to wait for an agent matching {@code label}: dispatchers claim it
     * only when one of their own connected agents matches (V13_1).
     */
    @SqlUpdate("UPDATE builds SET status = 'QUEUED', server_id = NULL, agent_label = :label"
            + " WHERE job_name = :job AND number = :number AND status = 'RUNNING'")
    int park(@Bind("job") String job, @Bind("number") int number, @Bind("label") String label);

    /** The label a build waits for, when it was parked for one. */
    @SqlQuery("SELECT agent_label FROM builds WHERE job_name = :job AND number = :number AND agent_label IS NOT NULL")
    Optional<String> parkedLabel(@Bind("job") String job, @Bind("number") int number);

    /** Queued builds parked for an agent label, with that label. */
    @SqlQuery("SELECT job_name, number, agent_label FROM builds WHERE status = 'QUEUED' AND agent_label IS NOT NULL")
    @RegisterConstructorMapper(Parked.class)
    List<Parked> parked();

    /** A queued build waiting for an agent matching {@code agentLabel}. */
    record Parked(String jobName, int number, String agentLabel) {
    }
}
