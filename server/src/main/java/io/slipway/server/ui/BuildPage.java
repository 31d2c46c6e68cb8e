package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.agent.step.InputGate;
import io.slipway.server.api.ApiException;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.run.BuildControl;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.user.AccessDenied;
import io.slipway.server.user.Role;
import io.slipway.server.user.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jobs/{name}/builds/{number}}: the stage view, the live log (the page's script follows the
 * API's server-sent events and polls {@code .../state} for stage changes), abort, input approval with
 * the submitter check, artifacts, cause and parameters (passwords masked), and "rebuild".
 */
final class BuildPage {

    private final Pages pages;
    private final JobService jobs;
    private final BuildHistory history;
    private final BuildQueue queue;
    private final RunningBuilds running;
    private final PipelineInfo pipelines;
    private final Artifacts artifacts;
    private final AuditLog audit;
    private final io.slipway.server.build.BuildTests tests;

    /** The collaborators of the page, bundled. */
    record Parts(JobService jobs, BuildHistory history, BuildQueue queue, RunningBuilds running, PipelineInfo pipelines,
            BuildLogs logs, AuditLog audit, io.slipway.server.build.BuildTests tests) {
    }

    BuildPage(Pages pages, Parts parts) {
        this.pages = pages;
        this.jobs = parts.jobs();
        this.history = parts.history();
        this.queue = parts.queue();
        this.running = parts.running();
        this.pipelines = parts.pipelines();
        this.artifacts = new Artifacts(parts.logs());
        this.audit = parts.audit();
        this.tests = parts.tests();
    }

    void show(Context ctx) {
        Build build = build(ctx);
        Job job = jobs.get(build.job());
        User user = Pages.user(ctx);
        List<String> secrets = PipelineInfo.secretNames(pipelines.of(job, Optional.of(build)).pipeline());
        List<Map<String, Object>> parameters = new ArrayList<>();
        build.parameters().forEach((k, v) -> parameters.add(Views.map("name", k,
                "value", secrets.contains(k) ? "****" : v == null ? "" : v.toString())));
        Map<String, Object> model = Views.map("title", build.job() + " #" + build.number(), "build", Views.build(build),
                "stages", Views.stages(build.stages()), "parameters", parameters, "inputs", inputs(build, user),
                "artifacts", artifacts.list(build.job(), build.number()),
                "mayAbort", user.has(Role.DEVELOPER) && !build.status().isFinal(),
                "jobPath", Links.path(build.job()));
        tests.find(build.job(), build.number()).ifPresent(report -> model.put("tests", testsView(report)));
        pages.render(ctx, "build.ftlh", model);
    }

    /** The live part as JSON: status, duration, stages, and the ids of inputs waiting (the page reloads when they change). */
    void state(Context ctx) {
        Build build = build(ctx);
        ctx.header("Cache-Control", "no-store").json(Map.of("build", Views.build(build), "stages",
                Views.stages(build.stages()), "inputs", running.find(build.job(), build.number())
                        .map(c -> c.pendingInputs().stream().map(p -> p.request().id()).sorted().toList())
                        .orElse(List.of())));
    }

    void abort(Context ctx) {
        Build build = build(ctx);
        User user = Pages.user(ctx);
        pages.policy().require(user, Role.DEVELOPER, "abort builds");
        queue.abort(build.job(), build.number(), user.name());
        audit.record(user.name(), "build.abort", build.job() + " #" + build.number(), null);
        redirect(ctx, build);
    }

    void answer(Context ctx) {
        Build build = build(ctx);
        User user = Pages.user(ctx);
        pages.policy().checkBuild(user, build.parameters(), "answer an input of this build");
        String id = ctx.pathParam("id");
        boolean proceed = !"abort".equals(ctx.formParam("action"));
        BuildControl control = running.find(build.job(), build.number()).orElseThrow(() ->
                ApiException.conflict("build #" + build.number() + " of job '" + build.job() + "' is not running"));
        Map<String, Object> values = new HashMap<>();
        control.pendingInputs().stream().filter(p -> p.request().id().equals(id)).findFirst()
                .ifPresent(p -> p.request().parameters().forEach(name -> {
                    String value = ctx.formParam("p." + name);
                    if (value != null) {
                        values.put(name, value);
                    }
                }));
        control.answer(id, new InputGate.Answer(proceed, user.name(), values));
        audit.record(user.name(), proceed ? "input.proceed" : "input.abort",
                build.job() + " #" + build.number() + " input " + id, null);
        redirect(ctx, build);
    }

    void artifact(Context ctx) {
        Build build = build(ctx);
        artifacts.send(ctx, build.job(), build.number(), ctx.pathParam("path"));
    }

    /** Counts of the build's test results and its failing cases (JUnit reports its {@code junit} steps read). */
    private static Map<String, Object> testsView(io.slipway.agent.tests.TestReport report) {
        int total = 0;
        int failed = 0;
        int skipped = 0;
        List<Map<String, Object>> failures = new ArrayList<>();
        for (var suite : report.suites()) {
            for (var c : suite.cases()) {
                total++;
                String status = c.status().name();
                if (status.equals("SKIPPED")) {
                    skipped++;
                } else if (!status.equals("PASSED")) {
                    failed++;
                    failures.add(Views.map("name", c.className() + "." + c.name(), "status", status,
                            "message", c.message()));
                }
            }
        }
        return Views.map("total", total, "failed", failed, "skipped", skipped, "passed", total - failed - skipped,
                "failures", failures);
    }

    private List<Map<String, Object>> inputs(Build build, User user) {
        return running.find(build.job(), build.number()).map(c -> c.pendingInputs().stream().map(p -> {
            InputGate.Request r = p.request();
            boolean allowed = submitterAllows(r.submitter(), user.name()) && permitted(user, build);
            return Views.map("id", r.id(), "message", r.message(), "ok", r.ok() == null ? "Proceed" : r.ok(),
                    "submitter", r.submitter(), "parameters", r.parameters(), "mayAnswer", allowed);
        }).toList()).orElse(List.of());
    }

    private boolean permitted(User user, Build build) {
        try {
            pages.policy().checkBuild(user, build.parameters(), "answer");
            return true;
        } catch (AccessDenied e) {
            return false;
        }
    }

    private static boolean submitterAllows(String submitter, String user) {
        return submitter == null || submitter.isBlank()
                || Arrays.stream(submitter.split(",")).map(String::trim).anyMatch(user::equals);
    }

    private Build build(Context ctx) {
        String number = ctx.pathParam("number");
        if (!number.matches("\\d{1,9}")) {
            throw ApiException.notFound("build '" + number + "'");
        }
        return history.get(ctx.pathParam("name"), Integer.parseInt(number));
    }

    private static void redirect(Context ctx, Build build) {
        ctx.redirect("/jobs/" + Links.path(build.job()) + "/builds/" + build.number(), HttpStatus.SEE_OTHER);
    }
}
