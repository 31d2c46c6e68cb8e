package io.slipway.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.slipway.server.auth.BearerAuth;
import java.util.Map;
import java.util.Optional;
import io.slipway.server.user.MatchedRoute;

/**
 * Records every successful change made through {@code /api/**} in the audit log, after the handler
 * ran: builds triggered, aborted and inputs answered, jobs, credentials, users and tokens changed,
 * roll-backs, and any other non-GET route under its method and path. Only path parameters and a few
 * fields of the response (build number, input action) are kept; request bodies (which may hold
 * secrets) never are.
 */
public final class AuditTrail implements Handler {

    private final AuditLog log;
    private final ObjectMapper json;

    public AuditTrail(AuditLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.method().name();
        Optional<MatchedRoute> route = MatchedRoute.of(ctx);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || route.isEmpty()
                || ctx.status().getCode() >= 300) {
            return;
        }
        String actor = ctx.attribute(BearerAuth.PRINCIPAL);
        Map<String, String> p = route.get().params();
        JsonNode reply = response(ctx);
        String path = route.get().path();
        String job = p.get("name");
        String build = job + " #" + p.get("number");
        switch (path) {
            case "/api/jobs" -> record(actor, "job.create", reply.path("name").asText("?"), null);
            case "/api/jobs/{name}" -> record(actor, "job." + verb(method), job, null);
            case "/api/jobs/{name}/builds" -> record(actor, "build.trigger", job + " #" + reply.path("number").asText("?"),
                    environment(reply));
            case "/api/jobs/{name}/builds/{number}/abort" -> record(actor, "build.abort", build, null);
            case "/api/jobs/{name}/builds/{number}/input/{id}" -> record(actor,
                    "input." + reply.path("action").asText("answer"), build + " input " + p.get("id"), null);
            case "/api/credentials" -> record(actor, "credential.create", reply.path("id").asText("?"), null);
            case "/api/credentials/{id}" -> record(actor, "credential." + verb(method), p.get("id"), null);
            case "/api/users" -> record(actor, "user.create", reply.path("name").asText("?"),
                    "role " + reply.path("role").asText());
            case "/api/users/{name}" -> record(actor, "user." + verb(method), job,
                    method.equals("DELETE") ? null : "role " + reply.path("role").asText());
            case "/api/users/{name}/tokens" -> record(actor, "token.create", job + " " + reply.path("id").asText("?"),
                    reply.path("label").asText(null));
            case "/api/users/{name}/tokens/{id}" -> record(actor, "token.revoke", job + " " + p.get("id"), null);
            default -> record(actor, path.endsWith("/rollback") ? "deployment.rollback" : "api." + method.toLowerCase(),
                    ctx.path(), null);
        }
    }

    private void record(String actor, String action, String target, String detail) {
        log.record(actor == null ? "anonymous" : actor, action, target, detail);
    }

    private JsonNode response(Context ctx) {
        try {
            String body = ctx.result();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    private static String environment(JsonNode build) {
        JsonNode env = build.path("parameters").path("ENV");
        return env.isMissingNode() || env.isNull() ? null : "ENV=" + env.asText();
    }

    private static String verb(String method) {
        return switch (method) {
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> "create";
        };
    }
}
