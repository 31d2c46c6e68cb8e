package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.Trigger;
import io.slipway.dsl.model.Value;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jobs/{name}}: the build history, the parameters and triggers the pipeline declares, the
 * Jenkinsfile it ran last and, when that is invalid, its errors with line and column.
 */
final class JobPage {

    private static final int HISTORY = 50;

    private final Pages pages;
    private final JobService jobs;
    private final BuildHistory history;
    private final PipelineInfo pipelines;
    private final java.util.function.Supplier<java.util.function.Predicate<String>> hasTriggerToken;

    JobPage(Pages pages, JobService jobs, BuildHistory history, PipelineInfo pipelines,
            java.util.function.Supplier<java.util.function.Predicate<String>> hasTriggerToken) {
        this.hasTriggerToken = hasTriggerToken;
        this.pages = pages;
        this.jobs = jobs;
        this.history = history;
        this.pipelines = pipelines;
    }

    void show(Context ctx) {
        Job job = jobs.get(ctx.pathParam("name"));
        List<Build> builds = history.newestFirst(job.name(), HISTORY);
        Optional<Build> lastWithCommit = builds.stream().filter(b -> b.commit() != null).findFirst();
        PipelineInfo.Compiled compiled = pipelines.of(job, lastWithCommit);
        Map<String, Object> model = Views.map("title", job.name(), "name", job.name(),
                "description", job.description(), "jenkinsfile", compiled.text(), "file", compiled.file(),
                "commit", compiled.commit());
        if (job.source() instanceof GitSource git) {
            model.put("repository", Views.map("url", git.url(), "branch", git.branch(), "scriptPath", git.scriptPath()));
        }
        model.put("builds", builds.stream().map(Views::build).toList());
        model.put("errors", compiled.errors().stream().map(d -> Views.map("where", d.pos().toString(),
                "message", d.message(), "hint", d.hint().orElse(""))).toList());
        model.put("parameters", compiled.pipeline().map(p -> p.parameters().stream()
                .map(d -> ParameterField.of(d, null, null)).toList()).orElse(List.of()));
        model.put("triggers", triggers(compiled.pipeline()));
        String base = ctx.scheme() + "://" + ctx.host();
        if (job.source() instanceof GitSource) {
            model.put("webhookUrl", base + "/webhooks/github");
        }
        model.put("tokenUrl", base + "/job/" + Links.path(job.name()) + "/buildWithParameters?token=TOKEN");
        model.put("hasToken", hasTriggerToken.get().test(job.name()));
        pages.render(ctx, "job.ftlh", model);
    }

    private static List<Map<String, Object>> triggers(Optional<Pipeline> pipeline) {
        List<Map<String, Object>> result = new ArrayList<>();
        pipeline.ifPresent(p -> p.triggers().forEach(t -> {
            if (t instanceof Trigger.Cron cron) {
                result.add(Views.map("kind", "cron", "spec", spec(cron.spec())));
            } else if (t instanceof Trigger.PollScm poll) {
                result.add(Views.map("kind", "pollSCM", "spec", spec(poll.spec())));
            } else if (t instanceof Trigger.Upstream up) {
                result.add(Views.map("kind", "upstream", "spec", String.join(", ", up.projects())));
            } else if (t instanceof Trigger.OtherTrigger other) {
                result.add(Views.map("kind", other.name(), "spec", ""));
            }
        }));
        return result;
    }

    private static String spec(Value value) {
        return value instanceof Value.Literal literal ? literal.text() : "(computed when the build runs)";
    }
}
