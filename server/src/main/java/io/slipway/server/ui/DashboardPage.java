package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /}: every job with its last build's status and duration, the trend of recent builds and a build button. */
final class DashboardPage {

    private static final int TREND = 12;

    private final Pages pages;
    private final JobService jobs;
    private final BuildHistory history;

    private final java.util.function.Supplier<java.util.function.Function<String, java.util.Optional<java.time.Instant>>> nextRun;

    DashboardPage(Pages pages, JobService jobs, BuildHistory history,
            java.util.function.Supplier<java.util.function.Function<String, java.util.Optional<java.time.Instant>>> nextRun) {
        this.nextRun = nextRun;
        this.pages = pages;
        this.jobs = jobs;
        this.history = history;
    }

    void show(Context ctx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Job job : jobs.list()) {
            List<Build> recent = history.newestFirst(job.name(), TREND);
            Map<String, Object> row = Views.map("name", job.name(), "description", job.description());
            if (!recent.isEmpty()) {
                row.put("last", Views.build(recent.get(0)));
            }
            List<Map<String, Object>> trend = new ArrayList<>();
            for (int i = recent.size() - 1; i >= 0; i--) {
                trend.add(Views.build(recent.get(i)));
            }
            row.put("trend", trend);
            nextRun.get().apply(job.name()).ifPresent(at -> row.put("nextRun", Formats.time(at)));
            rows.add(row);
        }
        pages.render(ctx, "dashboard.ftlh", Map.of("title", "Dashboard", "jobs", rows));
    }
}
