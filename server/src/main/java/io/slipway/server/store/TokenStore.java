package io.slipway.server.store;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** API tokens, kept only as SHA-256 hashes, and the server's one-time flags (first start done, ...). */
public interface TokenStore {

    @SqlQuery("SELECT COUNT(*) FROM api_tokens")
    int count();

    @SqlQuery("SELECT name FROM api_tokens WHERE token_hash = :hash")
    java.util.Optional<String> nameOf(@Bind("hash") String hash);

    @SqlUpdate("INSERT INTO api_tokens (token_hash, name, created_at) VALUES (:hash, :name, :at)")
    void insert(@Bind("hash") String hash, @Bind("name") String name, @Bind("at") Instant at);

    @SqlQuery("SELECT COUNT(*) FROM server_flags WHERE name = :name")
    int flagCount(@Bind("name") String name);

    @SqlUpdate("INSERT INTO server_flags (name, set_at) VALUES (:name, :at)")
    void setFlag(@Bind("name") String name, @Bind("at") Instant at);
}
