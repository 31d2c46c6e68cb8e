package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.server.api.ApiException;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.build.Build;
import io.slipway.server.deploy.Deployment;
import io.slipway.server.deploy.DeploymentService;
import io.slipway.server.deploy.Rollbacks;
import io.slipway.server.job.JobService;
import io.slipway.server.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code /deployments}: what runs where, since when and by whom; a job's deployments with "roll back
 * to this"; and the confirmation page that shows what a roll-back changes (commit and image from ->
 * to, every gateway route and target and other recorded state whose value differs) before the
 * releaser confirms. The roll-back needs a releaser of the deployment's environment when it is protected.
 */
final class DeploymentsPage {

    private static final int HISTORY = 100;

    private final Pages pages;
    private final DeploymentService deployments;
    private final Rollbacks rollbacks;
    private final JobService jobs;
    private final AuditLog audit;

    DeploymentsPage(Pages pages, DeploymentService deployments, Rollbacks rollbacks, JobService jobs, AuditLog audit) {
        this.pages = pages;
        this.deployments = deployments;
        this.rollbacks = rollbacks;
        this.jobs = jobs;
        this.audit = audit;
    }

    void current(Context ctx) {
        Optional<String> environment = Optional.ofNullable(ctx.queryParam("environment")).filter(e -> !e.isBlank());
        List<Deployment> all = deployments.current(Optional.empty());
        List<Map<String, Object>> rows = deployments.current(environment).stream().map(DeploymentsPage::view).toList();
        pages.render(ctx, "deployments.ftlh", Views.map("title", "Deployments", "rows", rows,
                "environment", environment.orElse(""),
                "environments", new TreeSet<>(all.stream().map(Deployment::environment).toList())));
    }

    void ofJob(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Deployment d : deployments.ofJob(job, Optional.empty(), HISTORY)) {
            Map<String, Object> row = view(d);
            boolean current = deployments.current(job, d.environment()).map(c -> c.id() == d.id()).orElse(false);
            row.put("current", current);
            rows.add(row);
        }
        pages.render(ctx, "job-deployments.ftlh", Views.map("title", job + " deployments", "name", job, "rows", rows));
    }

    void confirm(Context ctx) {
        Deployment target = deployment(ctx);
        Optional<Deployment> current = deployments.current(target.job(), target.environment());
        User user = Pages.user(ctx);
        boolean allowed = true;
        String refusal = null;
        try {
            pages.policy().checkEnvironment(user, target.environment(), "roll back in " + target.environment());
        } catch (io.slipway.server.user.AccessDenied e) {
            allowed = false;
            refusal = e.getMessage();
        }
        pages.render(ctx, "rollback.ftlh", Views.map("title", "Roll back " + target.job(), "target", view(target),
                "current", current.map(DeploymentsPage::view).orElse(Map.of()), "changes", changes(current, target),
                "allowed", allowed, "refusal", refusal, "isCurrent", current.map(c -> c.id() == target.id()).orElse(false)));
    }

    void rollback(Context ctx) {
        Deployment target = deployment(ctx);
        User user = Pages.user(ctx);
        pages.policy().checkEnvironment(user, target.environment(), "roll back in " + target.environment());
        Build build = rollbacks.rollback(target.job(), target.id(), user.name());
        audit.record(user.name(), "deployment.rollback", target.job() + " " + target.environment() + " to deployment "
                + target.id(), "build #" + build.number());
        ctx.redirect("/jobs/" + Links.path(target.job()) + "/builds/" + build.number(), HttpStatus.SEE_OTHER);
    }

    /** Every recorded value that differs between what runs now and what the roll-back restores. */
    private static List<Map<String, Object>> changes(Optional<Deployment> current, Deployment target) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String fromImage = current.map(c -> image(c)).orElse("");
        if (!fromImage.equals(image(target))) {
            rows.add(Views.map("kind", "image", "target", "", "from", fromImage, "to", image(target)));
        }
        String fromCommit = current.map(Deployment::commit).orElse(null);
        if (fromCommit != null && target.commit() != null && !fromCommit.equals(target.commit())) {
            rows.add(Views.map("kind", "commit", "target", "", "from", fromCommit, "to", target.commit()));
        }
        for (Map.Entry<String, Object> p : target.parameters().entrySet()) {
            Object before = current.map(c -> c.parameters().get(p.getKey())).orElse(null);
            if (current.isPresent() && !String.valueOf(before).equals(String.valueOf(p.getValue()))
                    && !p.getKey().matches("(?i).*(password|secret|token).*")) {
                rows.add(Views.map("kind", "parameter", "target", p.getKey(), "from", String.valueOf(before),
                        "to", String.valueOf(p.getValue())));
            }
        }
        TreeSet<String> kinds = new TreeSet<>(target.state().values().keySet());
        current.ifPresent(c -> kinds.addAll(c.state().values().keySet()));
        for (String kind : kinds) {
            TreeSet<String> targets = new TreeSet<>(target.state().of(kind).keySet());
            current.ifPresent(c -> targets.addAll(c.state().of(kind).keySet()));
            for (String t : targets) {
                String from = current.flatMap(c -> c.state().get(kind, t)).orElse("");
                String to = target.state().get(kind, t).orElse("");
                if (!from.equals(to)) {
                    rows.add(Views.map("kind", kind, "target", t, "from", from, "to", to));
                }
            }
        }
        return rows;
    }

    private static String image(Deployment d) {
        if (d.image() == null) {
            return "";
        }
        return d.image() + (d.digest() == null ? "" : "@" + d.digest());
    }

    private Deployment deployment(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) {
            throw ApiException.notFound("deployment '" + id + "'");
        }
        return deployments.get(job, Long.parseLong(id));
    }

    private static Map<String, Object> view(Deployment d) {
        return Views.map("id", d.id(), "job", d.job(), "environment", d.environment(), "build", d.build(),
                "commit", d.commit() == null ? "" : d.commit().substring(0, Math.min(12, d.commit().length())),
                "image", image(d), "by", d.by(), "at", Formats.time(d.at()),
                "rollbackOf", d.rollbackOf() == null ? "" : d.rollbackOf().toString());
    }
}
