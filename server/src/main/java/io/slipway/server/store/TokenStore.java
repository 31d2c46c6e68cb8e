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

    @SqlUpdate("INSERT INTO api_tokens (token_hash, name, created_at, token_id, label) VALUES (:hash, :name, :at, :id, :label)")
    void insertLabelled(@Bind("hash") String hash, @Bind("name") String name, @Bind("at") Instant at,
            @Bind("id") String id, @Bind("label") String label);

    @SqlQuery("SELECT token_id, label, created_at FROM api_tokens WHERE name = :name ORDER BY created_at, token_id")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(TokenRow.class)
    java.util.List<TokenRow> ofUser(@Bind("name") String name);

    @SqlUpdate("DELETE FROM api_tokens WHERE name = :name AND token_id = :id")
    int revoke(@Bind("name") String name, @Bind("id") String id);

    @SqlUpdate("DELETE FROM api_tokens WHERE name = :name")
    int revokeAllOf(@Bind("name") String name);

    @SqlQuery("SELECT COUNT(*) FROM server_flags WHERE name = :name")
    int flagCount(@Bind("name") String name);

    @SqlUpdate("INSERT INTO server_flags (name, set_at) VALUES (:name, :at)")
    void setFlag(@Bind("name") String name, @Bind("at") Instant at);
}
