package io.slipway.server.api;

import io.javalin.http.Context;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.trigger.poll.PollEntry;
import io.slipway.server.trigger.poll.ScmPoller;
import io.slipway.server.trigger.poll.CommitNotifications;
import io.slipway.server.trigger.schedule.JobTriggers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/jobs/{name}/polling} (the poll log) and Jenkins' {@code /git/notifyCommit?url=...}, which
 * needs no token, as in Jenkins: it only makes polling jobs poll, and polling decides whether to build.
 */
final class PollingApi {

    private static final int SHOWN = 50;

    private final JobService jobs;
    private final JobTriggers triggers;
    private final ScmPoller poller;
    private final CommitNotifications notifications;

    PollingApi(JobService jobs, TriggerServices services) {
        this.jobs = jobs;
        this.triggers = services.triggers();
        this.poller = services.poller();
        this.notifications = services.notifications();
    }

    void log(Context ctx) {
        Job job = jobs.get(ctx.pathParam("name"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", job.name());
        body.put("pollSCM", triggers.effective(job.name()).pollScm().orElse(null));
        if (job.source() instanceof GitSource git) {
            body.put("repository", git.url());
            body.put("branch", git.branch());
            body.put("lastSeenCommit", poller.lastSeen(job.name(), git.branch()).orElse(null));
        }
        poller.backoff(job.name()).ifPresent(b -> body.put("backoff",
                Map.of("failuresInARow", b.failures(), "nextAttemptNotBefore", b.notBefore())));
        body.put("polls", poller.log(job.name(), SHOWN).stream().map(PollingApi::entry).toList());
        ctx.json(body);
    }

    private static Map<String, Object> entry(PollEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.polledAt());
        m.put("reason", e.reason());
        m.put("outcome", e.outcome());
        m.put("commits", e.commits().isEmpty() ? List.of() : List.of(e.commits().split("\n")));
        if (e.message() != null) {
            m.put(e.outcome().equals("FAILED") ? "error" : "message", e.message());
        }
        if (e.buildNumber() != null) {
            m.put("build", e.buildNumber());
        }
        return m;
    }

    /** Jenkins' answer: one "Scheduled polling of NAME" line per job, or "No git jobs using repository: ...". */
    void notifyCommit(Context ctx) {
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw ApiException.badField("url", "is required: the repository URL whose jobs should poll");
        }
        List<String> scheduled = notifications.notifyCommit(url);
        String branches = ctx.queryParam("branches") == null ? "" : ctx.queryParam("branches");
        StringBuilder text = new StringBuilder();
        if (scheduled.isEmpty()) {
            text.append("No git jobs using repository: ").append(url).append(" and branches: ").append(branches)
                    .append('\n');
        }
        scheduled.forEach(name -> text.append("Scheduled polling of ").append(name).append('\n'));
        ctx.contentType("text/plain; charset=utf-8").result(text.toString());
    }
}
