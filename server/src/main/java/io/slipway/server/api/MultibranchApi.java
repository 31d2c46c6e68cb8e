package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.job.JobService;
import io.slipway.server.job.multibranch.BranchRow;
import io.slipway.server.job.multibranch.MultibranchProject;
import io.slipway.server.job.multibranch.MultibranchProjects;
import io.slipway.server.job.multibranch.MultibranchRequest;
import io.slipway.server.job.multibranch.ScanResult;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.trigger.schedule.JobTriggers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multibranch projects over HTTP: the project itself (through {@code /api/jobs}, see {@link JobsApi}),
 * {@code POST /api/jobs/{name}/scan}, and each branch's sub-job under {@code /api/jobs/{name}/branches/{branch}}
 * where {@code branch} is the branch name or its encoded sub-job name ({@code feature%2Fx}, sent as
 * {@code feature%252Fx} in a URL, as Jenkins does).
 */
final class MultibranchApi {

    private final MultibranchProjects projects;
    private final JobService jobs;
    private final JobTriggers triggers;
    private final BuildQueue queue;
    private final BuildHistory history;
    private final BuildLogs logs;
    private final ObjectMapper json;

    MultibranchApi(Routes.Services services, ObjectMapper json) {
        this.projects = services.triggers().multibranch();
        this.jobs = services.jobs();
        this.triggers = services.triggers().triggers();
        this.queue = services.queue();
        this.history = services.history();
        this.logs = services.logs();
        this.json = json;
    }

    boolean isProject(String name) {
        return projects.find(name).isPresent();
    }

    MultibranchView create(JsonNode body) {
        return view(projects.create(MultibranchRequest.from(body, null)));
    }

    MultibranchView replace(JsonNode body, String name) {
        return view(projects.update(MultibranchRequest.from(body, name)));
    }

    void delete(String name) {
        projects.delete(name);
    }

    List<MultibranchView> list() {
        return projects.list().stream().map(this::view).toList();
    }

    MultibranchView view(String name) {
        return view(projects.get(name));
    }

    private MultibranchView view(MultibranchProject project) {
        List<MultibranchView.Branch> branches = projects.branches(project.name()).stream()
                .map(row -> MultibranchView.branch(row, history.newestFirst(row.jobName(), 1).stream().findFirst()
                        .orElse(null)))
                .toList();
        return MultibranchView.of(project, branches, projects.nextScan(project.name()).orElse(null));
    }

    void scan(Context ctx) {
        String name = projects.get(ctx.pathParam("name")).name();
        ScanResult result = projects.scan(name, "requested");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scan", result);
        body.put("project", view(name));
        ctx.status(result.error() == null ? 200 : 502).json(body);
    }

    void branches(Context ctx) {
        ctx.json(view(ctx.pathParam("name")).branches());
    }

    void branch(Context ctx) {
        String job = subJob(ctx);
        ctx.json(JobView.of(jobs.get(job)).withTriggers(triggers.view(job)));
    }

    void builds(Context ctx) {
        ctx.json(history.newestFirst(subJob(ctx), 100).stream().map(BuildView::of).toList());
    }

    void trigger(Context ctx) {
        var request = TriggerRequest.from(ctx.body(), json, BuildsApi.principal(ctx));
        // The same release rule as any build: a protected ENV needs a releaser of that environment.
        ctx.status(201).json(BuildView.of(queue.triggerChecked(subJob(ctx), request,
                io.slipway.server.user.ApiAccess.buildCheck(ctx))));
    }

    void build(Context ctx) {
        ctx.json(BuildView.of(build(subJob(ctx), ctx)));
    }

    void log(Context ctx) {
        Build build = build(subJob(ctx), ctx);
        ctx.contentType("text/plain; charset=utf-8").result(logs.read(build.job(), build.number()));
    }

    private Build build(String job, Context ctx) {
        try {
            return history.get(job, Integer.parseInt(ctx.pathParam("number")));
        } catch (NumberFormatException e) {
            throw ApiException.badField("number", "must be a build number");
        }
    }

    private String subJob(Context ctx) {
        String project = projects.get(ctx.pathParam("name")).name();
        String branch = ctx.pathParam("branch");
        return projects.branches(project).stream()
                .filter(row -> row.branch().equals(branch) || row.jobName().equals(project + "/" + branch))
                .map(BranchRow::jobName).findFirst()
                .orElseThrow(() -> ApiException.notFound("branch '" + branch + "' of multibranch project '" + project + "'"));
    }
}
