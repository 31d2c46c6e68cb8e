package io.slipway.server.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.server.api.ApiException;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.credential.CredentialInfo;
import io.slipway.server.credential.CredentialRequest;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.user.Role;
import io.slipway.server.user.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /credentials}: write-only credentials. Everyone signed in sees ids, types and descriptions;
 * admins add, replace and remove them. A secret typed into the form is never shown again.
 */
final class CredentialsPage {

    private static final List<String> SECRET_FIELDS = List.of("secret", "username", "password", "content", "fileName",
            "privateKey", "passphrase");

    private final Pages pages;
    private final CredentialService credentials;
    private final ObjectMapper json;
    private final AuditLog audit;

    CredentialsPage(Pages pages, CredentialService credentials, ObjectMapper json, AuditLog audit) {
        this.pages = pages;
        this.credentials = credentials;
        this.json = json;
        this.audit = audit;
    }

    void list(Context ctx) {
        show(ctx, Map.of(), Map.of(), null);
    }

    void save(Context ctx) {
        User me = Pages.user(ctx);
        pages.policy().require(me, Role.ADMIN, "change credentials");
        ObjectNode body = json.createObjectNode();
        body.put("id", value(ctx, "id"));
        body.put("type", value(ctx, "type"));
        body.put("description", value(ctx, "description"));
        for (String field : SECRET_FIELDS) {
            String v = ctx.formParam(field);
            if (v != null && !v.isEmpty()) {
                body.put(field, v);
            }
        }
        try {
            var credential = CredentialRequest.from(body, null);
            boolean exists = credentials.list().stream().anyMatch(c -> c.id().equals(credential.id()));
            CredentialInfo info = exists ? credentials.replace(credential) : credentials.create(credential);
            audit.record(me.name(), exists ? "credential.update" : "credential.create", info.id(), null);
            ctx.redirect("/credentials", HttpStatus.SEE_OTHER);
        } catch (ApiException e) {
            ctx.status(e.status());
            Map<String, String> errors = new HashMap<>();
            e.fields().forEach(f -> errors.merge(f.field(), f.reason(), (a, b) -> a + "; " + b));
            show(ctx, errors, Map.of("id", value(ctx, "id"), "type", value(ctx, "type"),
                    "description", value(ctx, "description")), e.getMessage());
        }
    }

    void delete(Context ctx) {
        User me = Pages.user(ctx);
        pages.policy().require(me, Role.ADMIN, "change credentials");
        credentials.delete(ctx.pathParam("id"));
        audit.record(me.name(), "credential.delete", ctx.pathParam("id"), null);
        ctx.redirect("/credentials", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Map<String, String> errors, Map<String, String> values, String problem) {
        pages.render(ctx, "credentials.ftlh", Views.map("title", "Credentials", "credentials",
                credentials.list().stream().map(c -> Views.map("id", c.id(), "type", c.type(),
                        "description", c.description(), "updatedAt", Formats.time(c.updatedAt()))).toList(),
                "errors", errors, "values", values, "problem", problem));
    }

    private static String value(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v.trim();
    }
}
