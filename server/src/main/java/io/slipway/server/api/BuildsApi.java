package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.agent.step.InputGate;
import io.slipway.server.auth.BearerAuth;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.build.BuildTests;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.deploy.ReleaseChange;
import io.slipway.server.deploy.ReleaseRecords;
import io.slipway.server.user.ApiAccess;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /api/jobs/{name}/builds}: trigger, list, read, log, abort, answer inputs. */
final class BuildsApi {

    private final BuildQueue queue;
    private final BuildHistory history;
    private final BuildLogs logs;
    private final JobService jobs;
    private final RunningBuilds running;
    private final ObjectMapper json;
    private final ReleaseRecords releases;
    private final BuildTests tests;

    BuildsApi(BuildQueue queue, BuildHistory history, BuildLogs logs, JobService jobs, RunningBuilds running,
            ObjectMapper json, ReleaseRecords releases) {
        this.releases = releases;
        this.tests = new BuildTests(logs, json);
        this.queue = queue;
        this.history = history;
        this.logs = logs;
        this.jobs = jobs;
        this.running = running;
        this.json = json;
    }

    void trigger(Context ctx) {
        var request = TriggerRequest.from(ctx.body(), json, principal(ctx));
        ctx.status(201).json(BuildView.of(queue.triggerChecked(ctx.pathParam("name"), request, ApiAccess.buildCheck(ctx))));
    }

    void list(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
        List<Build> builds = history.newestFirst(job, Math.max(1, Math.min(limit, 1000)));
        Map<Integer, List<ReleaseChange>> changes = builds.isEmpty() ? Map.of()
                : releases.changesOf(job, builds.get(builds.size() - 1).number(), builds.get(0).number()).stream()
                        .collect(Collectors.groupingBy(ReleaseChange::build));
        ctx.json(builds.stream().map(b -> BuildView.of(b, changes.getOrDefault(b.number(), List.of()), null)).toList());
    }

    void get(Context ctx) {
        Build build = build(ctx);
        PendingInputView pending = running.find(build.job(), build.number())
                .flatMap(control -> control.pendingInputs().stream()
                        .min(java.util.Comparator.comparing(p -> p.request().id())))
                .map(p -> PendingInputView.of(p.request(),
                        releases.plan(build.job(), build.number(), p.request().id()).orElse(null)))
                .orElse(null);
        ctx.json(BuildView.of(build, releases.changesOf(build.job(), build.number()), pending)
                .withTests(tests.find(build.job(), build.number()).map(TestsView::summary).orElse(null)));
    }

    /** {@code GET .../tests}: every suite and case the build's {@code junit} steps recorded; 404 when none. */
    void tests(Context ctx) {
        Build build = build(ctx);
        ctx.json(TestsView.full(tests.find(build.job(), build.number()).orElseThrow(() -> ApiException.notFound(
                "test results of build #" + build.number() + " of job '" + build.job() + "'"))));
    }

    void log(Context ctx) {
        Build build = build(ctx);
        ctx.contentType("text/plain; charset=utf-8").result(logs.read(build.job(), build.number()));
    }

    void abort(Context ctx) {
        Build build = build(ctx);
        ctx.json(BuildView.of(queue.abort(build.job(), build.number(), principal(ctx))));
    }

    /** {@code {"action": "proceed" | "abort", "parameters": {...}}}; the answerer is the caller. */
    void answerInput(Context ctx) throws IOException {
        Build build = build(ctx);
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : json.readTree(ctx.body());
        String action = body.path("action").asText("proceed");
        if (!action.equals("proceed") && !action.equals("abort")) {
            throw ApiException.badField("action", "must be 'proceed' or 'abort'");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        body.path("parameters").fields().forEachRemaining(e ->
                parameters.put(e.getKey(), json.convertValue(e.getValue(), Object.class)));
        var control = running.find(build.job(), build.number()).orElseThrow(() ->
                ApiException.conflict("build #" + build.number() + " of job '" + build.job() + "' is not running"));
        control.answer(ctx.pathParam("id"), new InputGate.Answer(action.equals("proceed"), principal(ctx), parameters));
        ctx.json(Map.of("input", ctx.pathParam("id"), "action", action, "by", principal(ctx)));
    }

    private Build build(Context ctx) {
        String job = ctx.pathParam("name");
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw ApiException.badField("number", "must be a build number");
        }
        return history.get(job, number);
    }

    static String principal(Context ctx) {
        String principal = ctx.attribute(BearerAuth.PRINCIPAL);
        return principal == null ? "anonymous" : principal;
    }
}
