package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.server.audit.AuditEntry;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.user.Role;
import java.util.List;
import java.util.Map;

/** {@code /audit} (admins only): the audit log, newest first, filtered by actor and action, 100 a page. */
final class AuditPage {

    private static final int PAGE = 100;

    private final Pages pages;
    private final AuditLog audit;

    AuditPage(Pages pages, AuditLog audit) {
        this.pages = pages;
        this.audit = audit;
    }

    void show(Context ctx) {
        pages.policy().require(Pages.user(ctx), Role.ADMIN, "read the audit log");
        String actor = ctx.queryParam("actor");
        String action = ctx.queryParam("action");
        String beforeRaw = ctx.queryParam("before");
        long before = beforeRaw != null && beforeRaw.matches("\\d{1,18}") ? Long.parseLong(beforeRaw) : Long.MAX_VALUE;
        List<AuditEntry> entries = audit.newestFirst(before, actor, action, PAGE);
        Map<String, Object> model = Views.map("title", "Audit log", "actor", actor, "action", action,
                "entries", entries.stream().map(e -> Views.map("id", e.id(), "at", Formats.time(e.at()),
                        "actor", e.actor(), "action", e.action(), "target", e.target(), "detail", e.detail())).toList());
        if (entries.size() == PAGE) {
            model.put("older", entries.get(entries.size() - 1).id());
        }
        pages.render(ctx, "audit.ftlh", model);
    }
}
