package io.slipway.server.api;

import io.javalin.http.Context;
import io.slipway.server.build.Build;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.trigger.token.FailureLimiter;
import io.slipway.server.trigger.token.TriggerTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jenkins' remote trigger URLs: {@code /job/{name}/build?token=T} (default parameters) and
 * {@code /job/{name}/buildWithParameters?token=T&ENV=prod} (GET or POST, query or form fields), with
 * an optional {@code cause}; and {@code POST /api/jobs/{name}/trigger-token}, which creates or rotates
 * the job's token and shows it once. A wrong token and an unknown job get the same 403; a client with
 * too many failures gets 429 with {@code Retry-After}.
 */
final class TokenTriggerApi {

    private static final Set<String> RESERVED = Set.of("token", "cause", "delay");

    private final JobService jobs;
    private final BuildQueue queue;
    private final TriggerTokens tokens;
    private final FailureLimiter limiter;

    TokenTriggerApi(JobService jobs, BuildQueue queue, TriggerTokens tokens, FailureLimiter limiter) {
        this.jobs = jobs;
        this.queue = queue;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    void rotate(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        ctx.status(201).json(Map.of("token", tokens.rotate(job)));
    }

    void build(Context ctx) {
        trigger(ctx, false);
    }

    void buildWithParameters(Context ctx) {
        trigger(ctx, true);
    }

    private void trigger(Context ctx, boolean withParameters) {
        String client = ctx.ip();
        long wait = limiter.retryAfterSeconds(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            ctx.status(429).json(Map.of("message", "too many failed trigger attempts from " + client
                    + "; retry in " + wait + " s"));
            return;
        }
        Map<String, String> fields = fields(ctx);
        String name = ctx.pathParam("name");
        boolean known = jobs.list().stream().anyMatch(job -> job.name().equals(name));
        if (!tokens.valid(name, fields.get("token")) || !known) {
            limiter.failed(client);
            ctx.status(403).json(Map.of("message", "invalid trigger token"));
            return;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (withParameters) {
            fields.forEach((key, value) -> {
                if (!RESERVED.contains(key)) {
                    parameters.put(key, value);
                }
            });
        }
        String note = fields.get("cause");
        String cause = "Started by remote host " + client + (note == null || note.isBlank() ? "" : " with note: " + note);
        Build build = queue.trigger(name, new TriggerRequest(parameters, cause));
        ctx.header("Location", "/api/jobs/" + name + "/builds/" + build.number());
        ctx.status(201).json(BuildView.of(build));
    }

    private static Map<String, String> fields(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((key, values) -> first(values, value -> fields.put(key, value)));
        if ("POST".equals(ctx.method().name()) && ctx.contentType() != null
                && ctx.contentType().startsWith("application/x-www-form-urlencoded")) {
            ctx.formParamMap().forEach((key, values) -> first(values, value -> fields.put(key, value)));
        }
        return fields;
    }

    private static void first(List<String> values, java.util.function.Consumer<String> use) {
        if (!values.isEmpty()) {
            use.accept(values.get(0));
        }
    }
}
