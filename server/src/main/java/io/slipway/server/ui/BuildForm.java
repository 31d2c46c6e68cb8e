package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.run.LoadedPipeline;
import io.slipway.server.run.PipelineSource;
import io.slipway.server.user.AccessDenied;
import io.slipway.server.user.ReleasePolicy;
import io.slipway.server.user.User;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /jobs/{name}/build}: the "Build with parameters" form generated from the parameters the
 * pipeline at the branch head declares, with defaults and descriptions (or the values of an earlier
 * build for "rebuild"). The server validates; each problem is shown beside its field, and a build
 * the user may not run (a protected environment) is refused with the role it needs.
 */
final class BuildForm {

    private final Pages pages;
    private final JobService jobs;
    private final PipelineSource pipelines;
    private final BuildQueue queue;
    private final BuildHistory history;
    private final AuditLog audit;

    BuildForm(Pages pages, JobService jobs, PipelineSource pipelines, BuildQueue queue, BuildHistory history,
            AuditLog audit) {
        this.pages = pages;
        this.jobs = jobs;
        this.pipelines = pipelines;
        this.queue = queue;
        this.history = history;
        this.audit = audit;
    }

    void form(Context ctx) {
        Job job = jobs.get(ctx.pathParam("name"));
        LoadedPipeline loaded = pipelines.latest(job);
        Map<String, String> values = new HashMap<>();
        String rebuild = ctx.queryParam("rebuild");
        if (rebuild != null && rebuild.matches("\\d{1,9}")) {
            history.find(job.name(), Integer.parseInt(rebuild))
                    .ifPresent(b -> b.parameters().forEach((k, v) -> values.put(k, v == null ? null : v.toString())));
        }
        show(ctx, job, loaded.pipeline().parameters(), values, Map.of(), null, rebuild);
    }

    void submit(Context ctx) {
        Job job = jobs.get(ctx.pathParam("name"));
        LoadedPipeline loaded = pipelines.latest(job);
        List<ParameterDefinition> declared = loaded.pipeline().parameters();
        Map<String, Object> requested = new LinkedHashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (ParameterDefinition d : declared) {
            String raw = ctx.formParam("p." + d.name());
            if (d instanceof ParameterDefinition.BooleanParam) {
                requested.put(d.name(), raw != null ? "true" : "false");
                shown.put(d.name(), raw != null ? "true" : "false");
            } else if (d instanceof ParameterDefinition.PasswordParam) {
                if (raw != null && !raw.isEmpty()) {
                    requested.put(d.name(), raw);
                }
            } else if (raw != null) {
                requested.put(d.name(), raw);
                shown.put(d.name(), raw);
            }
        }
        User user = Pages.user(ctx);
        try {
            Build build = queue.triggerChecked(job.name(), new TriggerRequest(requested, "Started by user " + user.name()),
                    parameters -> pages.policy().checkBuild(user, parameters, "run this build"));
            audit.record(user.name(), "build.trigger", job.name() + " #" + build.number(),
                    ReleasePolicy.environmentOf(build.parameters()).map(e -> "ENV=" + e).orElse(null));
            ctx.redirect("/jobs/" + Links.path(job.name()) + "/builds/" + build.number(), HttpStatus.SEE_OTHER);
        } catch (AccessDenied e) {
            ctx.status(403);
            Map<String, String> errors = new HashMap<>();
            if (e.environment() != null) {
                errors.put(ReleasePolicy.ENV_PARAMETER, "releasing to '" + e.environment() + "' needs role releaser of "
                        + e.environment());
            }
            show(ctx, job, declared, shown, errors, e.getMessage(), null);
        } catch (ApiException e) {
            ctx.status(e.status());
            Map<String, String> errors = new HashMap<>();
            for (FieldError f : e.fields()) {
                errors.put(f.field().replaceFirst("^parameters\\.", ""), f.reason());
            }
            show(ctx, job, declared, shown, errors, e.getMessage(), null);
        }
    }

    private void show(Context ctx, Job job, List<ParameterDefinition> declared, Map<String, String> values,
            Map<String, String> errors, String problem, String rebuild) {
        User user = Pages.user(ctx);
        Map<String, Object> model = Views.map("title", "Build " + job.name(), "name", job.name(),
                "problem", problem, "rebuild", rebuild,
                "fields", declared.stream().map(d -> ParameterField.of(d, values.get(d.name()), errors.get(d.name())))
                        .toList(),
                "mayBuild", user.has(io.slipway.server.user.Role.DEVELOPER),
                "releasableTo", user.role() == io.slipway.server.user.Role.ADMIN ? "every environment"
                        : String.join(", ", user.environments()));
        pages.render(ctx, "build-form.ftlh", model);
    }
}
