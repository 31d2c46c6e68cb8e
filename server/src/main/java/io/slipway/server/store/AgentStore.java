package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Remote agents and their token hashes (V13). Revoking an agent deletes its row. */
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
}
