package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Local users with their bcrypt password hashes. */
@RegisterConstructorMapper(UserRow.class)
public interface UserStore {

    String COLUMNS = "name, password_hash, role, environments, created_at, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM users ORDER BY name")
    List<UserRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE name = :name")
    Optional<UserRow> find(@Bind("name") String name);

    @SqlQuery("SELECT COUNT(*) FROM users")
    int count();

    @SqlQuery("SELECT COUNT(*) FROM users WHERE role = 'admin'")
    int adminCount();

    @SqlUpdate("INSERT INTO users (" + COLUMNS + ") VALUES (:name, :passwordHash, :role, :environments,"
            + " :createdAt, :updatedAt)")
    void insert(@BindMethods UserRow row);

    @SqlUpdate("UPDATE users SET role = :role, environments = :environments, updated_at = :at WHERE name = :name")
    int updateRole(@Bind("name") String name, @Bind("role") String role, @Bind("environments") String environments,
            @Bind("at") Instant at);

    @SqlUpdate("UPDATE users SET password_hash = :hash, updated_at = :at WHERE name = :name")
    int updatePassword(@Bind("name") String name, @Bind("hash") String hash, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM users WHERE name = :name")
    int delete(@Bind("name") String name);
}
