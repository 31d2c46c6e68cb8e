package io.slipway.server.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit log: append-only. */
@RegisterConstructorMapper(AuditRow.class)
public interface AuditStore {

    @SqlUpdate("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (:at, :actor, :action, :target, :detail)")
    void insert(@Bind("at") Instant at, @Bind("actor") String actor, @Bind("action") String action,
            @Bind("target") String target, @Bind("detail") String detail);

    /** Newest first, below {@code beforeId} (paging), optionally only one actor's or one action prefix's. */
    @SqlQuery("SELECT id, at, actor, action, target, detail FROM audit_log WHERE id < :beforeId"
            + " AND (CAST(:actor AS VARCHAR(100)) IS NULL OR actor = :actor) AND (CAST(:action AS VARCHAR(60)) IS NULL OR action LIKE :action)"
            + " ORDER BY id DESC LIMIT :limit")
    List<AuditRow> newestFirst(@Bind("beforeId") long beforeId, @Bind("actor") String actor,
            @Bind("action") String actionPrefix, @Bind("limit") int limit);
}
