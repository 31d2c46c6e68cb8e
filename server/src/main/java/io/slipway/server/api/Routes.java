package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.slipway.server.auth.BearerAuth;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.deploy.ReleaseRecords;
import io.slipway.server.deploy.Rollbacks;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.job.JobService;
import io.slipway.server.notify.JobNotifications;
import java.util.Map;

/** Every path of the REST API, in one place, each bound to a thin handler. */
public final class Routes {

    private final BearerAuth auth;
    private final JobsApi jobs;
    private final CredentialsApi credentials;
    private final BuildsApi builds;
    private final LogStream logStream;
    private final PollingApi polling;
    private final MultibranchApi multibranch;
    private final DeploymentsApi deployments;
    private final JobNotificationsApi notifications;
    private final WebhooksApi webhooks;
    private final TokenTriggerApi tokenTriggers;
    private AgentsApi agents;

    /** The services the API calls, bundled. */
    public record Services(JobService jobs, CredentialService credentials, BuildQueue queue, BuildHistory history,
            BuildLogs logs, RunningBuilds running, TriggerServices triggers, ReleaseRecords releases,
            Rollbacks rollbacks, JobNotifications notifications, WebhookServices webhooks) {
    }

    public Routes(BearerAuth auth, Services services, ObjectMapper json) {
        this.auth = auth;
        this.jobs = new JobsApi(services.jobs(), services.triggers().triggers(),
                new MultibranchApi(services, json), json, services.webhooks().settings());
        this.webhooks = new WebhooksApi(services.webhooks().service(), services.webhooks().settings(),
                services.webhooks().store(), json);
        this.tokenTriggers = new TokenTriggerApi(services.jobs(), services.queue(), services.webhooks().tokens(),
                services.webhooks().limiter());
        this.multibranch = new MultibranchApi(services, json);
        this.polling = new PollingApi(services.jobs(), services.triggers());
        this.credentials = new CredentialsApi(services.credentials(), json);
        this.builds = new BuildsApi(services.queue(), services.history(), services.logs(), services.jobs(),
                services.running(), json, services.releases());
        this.deployments = new DeploymentsApi(services.releases().deployments(), services.rollbacks(), services.jobs());
        this.logStream = new LogStream(services.history(), services.logs());
        this.notifications = new JobNotificationsApi(services.notifications(), json);
    }

    /** Adds the remote agents' API ({@code /api/agents}, admin only). */
    public Routes withAgents(AgentsApi api) {
        this.agents = api;
        return this;
    }

    public void register(RoutesConfig routes) {
        ApiErrors.register(routes);
        routes.before("/api/*", auth);
        routes.get("/api/health", ctx -> ctx.json(Map.of("status", "UP")));

        routes.get("/api/jobs", jobs::list);
        routes.post("/api/jobs", jobs::create);
        routes.get("/api/jobs/{name}", jobs::get);
        routes.put("/api/jobs/{name}", jobs::replace);
        routes.delete("/api/jobs/{name}", jobs::delete);
        routes.get("/api/jobs/{name}/triggers", jobs::triggers);
        routes.get("/api/jobs/{name}/notifications", notifications::get);
        routes.put("/api/jobs/{name}/notifications", notifications::put);
        routes.delete("/api/jobs/{name}/notifications", notifications::delete);
        routes.get("/api/jobs/{name}/polling", polling::log);
        routes.get("/git/notifyCommit", polling::notifyCommit);
        routes.post("/git/notifyCommit", polling::notifyCommit);
        routes.post("/api/jobs/{name}/scan", multibranch::scan);
        routes.get("/api/jobs/{name}/branches", multibranch::branches);
        routes.get("/api/jobs/{name}/branches/{branch}", multibranch::branch);
        routes.get("/api/jobs/{name}/branches/{branch}/builds", multibranch::builds);
        routes.post("/api/jobs/{name}/branches/{branch}/builds", multibranch::trigger);
        routes.get("/api/jobs/{name}/branches/{branch}/builds/{number}", multibranch::build);
        routes.get("/api/jobs/{name}/branches/{branch}/builds/{number}/log", multibranch::log);

        routes.post("/api/jobs/{name}/builds", builds::trigger);
        routes.get("/api/jobs/{name}/builds", builds::list);
        routes.get("/api/jobs/{name}/builds/{number}", builds::get);
        routes.get("/api/jobs/{name}/builds/{number}/log", builds::log);
        routes.get("/api/jobs/{name}/builds/{number}/tests", builds::tests);
        routes.get("/api/jobs/{name}/builds/{number}/log/stream", logStream::stream);
        routes.post("/api/jobs/{name}/builds/{number}/abort", builds::abort);
        routes.post("/api/jobs/{name}/builds/{number}/input/{id}", builds::answerInput);

        routes.get("/api/jobs/{name}/deployments", deployments::list);
        routes.get("/api/jobs/{name}/deployments/{id}", deployments::get);
        routes.post("/api/jobs/{name}/deployments/{id}/rollback", deployments::rollback);
        routes.get("/api/deployments", deployments::current);

        // Authenticated by the provider's signature or the job's token, not by a bearer token.
        routes.post("/webhooks/{provider}", webhooks::receive);
        routes.get("/job/{name}/build", tokenTriggers::build);
        routes.post("/job/{name}/build", tokenTriggers::build);
        routes.get("/job/{name}/buildWithParameters", tokenTriggers::buildWithParameters);
        routes.post("/job/{name}/buildWithParameters", tokenTriggers::buildWithParameters);
        routes.post("/api/jobs/{name}/trigger-token", tokenTriggers::rotate);
        routes.get("/api/webhooks/deliveries", webhooks::deliveries);
        routes.get("/api/webhooks/secrets", webhooks::listSecrets);
        routes.put("/api/webhooks/secrets", webhooks::putSecret);
        routes.delete("/api/webhooks/secrets", webhooks::deleteSecret);

        routes.get("/api/credentials", credentials::list);
        routes.post("/api/credentials", credentials::create);
        routes.get("/api/credentials/{id}", credentials::get);
        routes.put("/api/credentials/{id}", credentials::replace);
        routes.delete("/api/credentials/{id}", credentials::delete);

        if (agents != null) {
            agents.register(routes);
        }
    }
}
