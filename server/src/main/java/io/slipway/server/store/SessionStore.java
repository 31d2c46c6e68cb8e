package io.slipway.server.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Browser sessions, kept in the database so that every server replica knows them. */
@RegisterConstructorMapper(SessionRow.class)
public interface SessionStore {

    @SqlUpdate("INSERT INTO sessions (id_hash, user_name, csrf_token, created_at, last_seen_at)"
            + " VALUES (:idHash, :userName, :csrfToken, :createdAt, :lastSeenAt)")
    void insert(@BindMethods SessionRow row);

    @SqlQuery("SELECT id_hash, user_name, csrf_token, created_at, last_seen_at FROM sessions WHERE id_hash = :hash")
    Optional<SessionRow> find(@Bind("hash") String hash);

    @SqlUpdate("UPDATE sessions SET last_seen_at = :at WHERE id_hash = :hash")
    void touch(@Bind("hash") String hash, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM sessions WHERE id_hash = :hash")
    void delete(@Bind("hash") String hash);

    @SqlUpdate("DELETE FROM sessions WHERE user_name = :user")
    void deleteAllOf(@Bind("user") String user);

    @SqlUpdate("DELETE FROM sessions WHERE last_seen_at < :before")
    int deleteIdleSince(@Bind("before") Instant before);
}
