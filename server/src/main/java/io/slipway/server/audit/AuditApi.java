package io.slipway.server.audit;

import io.javalin.http.Context;
import io.slipway.server.api.ApiException;

/** {@code GET /api/audit?actor=&action=&before=&limit=}: the audit log, newest first (admins only). */
public final class AuditApi {

    private final AuditLog log;

    public AuditApi(AuditLog log) {
        this.log = log;
    }

    public void list(Context ctx) {
        long before;
        try {
            String raw = ctx.queryParam("before");
            before = raw == null || raw.isBlank() ? Long.MAX_VALUE : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badField("before", "must be an entry id");
        }
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
        ctx.json(log.newestFirst(before, ctx.queryParam("actor"), ctx.queryParam("action"), limit));
    }
}
