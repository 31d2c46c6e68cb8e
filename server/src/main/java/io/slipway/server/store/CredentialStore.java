package io.slipway.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Encrypted credentials. */
@RegisterConstructorMapper(CredentialRow.class)
public interface CredentialStore {

    String COLUMNS = "id, type, description, sealed, created_at, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM credentials ORDER BY id")
    List<CredentialRow> all();

    /** Any one credential (the first by id), to check that the master key opens it. */
    @SqlQuery("SELECT " + COLUMNS + " FROM credentials ORDER BY id LIMIT 1")
    Optional<CredentialRow> first();

    @SqlQuery("SELECT " + COLUMNS + " FROM credentials WHERE id = :id")
    Optional<CredentialRow> find(@Bind("id") String id);

    @SqlUpdate("INSERT INTO credentials (" + COLUMNS + ") VALUES (:id, :type, :description, :sealed, :createdAt, :updatedAt)")
    void insert(@BindMethods CredentialRow row);

    @SqlUpdate("UPDATE credentials SET type = :type, description = :description, sealed = :sealed,"
            + " updated_at = :updatedAt WHERE id = :id")
    int update(@BindMethods CredentialRow row);

    @SqlUpdate("DELETE FROM credentials WHERE id = :id")
    int delete(@Bind("id") String id);
}
