package io.slipway.server.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.server.api.ApiException;
import io.slipway.server.audit.AuditApi;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.audit.AuditTrail;
import io.slipway.server.auth.ApiTokens;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.run.PipelineSource;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.scm.RepositoryMirror;
import io.slipway.server.user.AccessDenied;
import io.slipway.server.user.ApiAccess;
import io.slipway.server.user.LoginThrottle;
import io.slipway.server.user.ReleasePolicy;
import io.slipway.server.user.SessionCookie;
import io.slipway.server.user.Sessions;
import io.slipway.server.user.Users;
import io.slipway.server.user.UsersApi;
import io.slipway.web.PageRenderer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The web UI's paths and the API's user, role and audit paths, in one place: static assets at
 * {@code /static}, {@code /login}, the pages, {@code /api/users}, {@code /api/audit}, the role
 * checks of {@code /api/**} ({@link ApiAccess}) and the audit trail of API changes
 * ({@link AuditTrail}). {@code Routes} keeps the rest of the API.
 */
public final class UiRoutes {

    /** The services the UI reads and drives, bundled. */
    public record Parts(Users users, Sessions sessions, SessionCookie cookie, ApiTokens tokens, ReleasePolicy policy,
            AuditLog audit, JobService jobs, BuildHistory history, BuildQueue queue, RunningBuilds running,
            BuildLogs logs, PipelineSource pipelines, RepositoryMirror mirror, PipelineCompiler compiler,
            CredentialService credentials, java.util.function.Function<String, Optional<String>> deploymentEnvironment,
            io.slipway.server.deploy.DeploymentService deployments, io.slipway.server.deploy.Rollbacks rollbacks) {
    }

    private final Parts parts;
    private final ObjectMapper json;
    private final Pages pages;
    private final AtomicReference<Optional<GatewayAdmin>> gateway = new AtomicReference<>(Optional.empty());
    private final AtomicReference<java.util.function.Supplier<List<Map<String, Object>>>> agents =
            new AtomicReference<>(List::of);
    private final AtomicReference<java.util.function.Function<String, Optional<java.time.Instant>>> schedules =
            new AtomicReference<>(job -> Optional.empty());
    private final AtomicReference<java.util.function.Predicate<String>> triggerTokens =
            new AtomicReference<>(job -> false);

    public UiRoutes(Parts parts, ObjectMapper json) {
        this.parts = parts;
        this.json = json;
        this.pages = new Pages(new PageRenderer(), parts.policy());
    }

    /** Lets the job page tell whether a job has a trigger token (the token itself is never shown). */
    public void attachTriggerTokens(java.util.function.Predicate<String> hasToken) {
        triggerTokens.set(hasToken);
    }

    /** Lets the dashboard show each job's next scheduled run (cron or SCM poll), when the job has one. */
    public void attachSchedules(java.util.function.Function<String, Optional<java.time.Instant>> nextRun) {
        schedules.set(nextRun);
    }

    /** Points the gateway page at a gateway node's Admin API (token may be null). */
    public void attachGateway(String adminUrl, String adminToken) {
        gateway.set(Optional.of(new GatewayAdmin(adminUrl, adminToken, json)));
    }

    /** Fills the agents page ({@code /agents}) with the registered remote agents as the API shows them. */
    public void attachAgents(java.util.function.Supplier<List<Map<String, Object>>> views) {
        agents.set(views);
    }

    public void configure(JavalinConfig config) {
        StaticAssets assets = new StaticAssets();
        config.routes.get("/static/{file}", assets::serve);
        config.routes.head("/static/{file}", assets::serve);
        register(config.routes);
    }

    private void register(RoutesConfig routes) {
        ApiAccess access = new ApiAccess(parts.users(), parts.policy(), parts.history(),
                parts.deploymentEnvironment());
        routes.beforeMatched("/api/*", access);
        routes.afterMatched("/api/*", new AuditTrail(parts.audit(), json));
        routes.beforeMatched(new PageGuard(parts.cookie(), parts.users(), pages));
        routes.exception(AccessDenied.class, this::denied);

        UsersApi usersApi = new UsersApi(parts.users(), parts.tokens(), json);
        routes.get("/api/users", usersApi::list);
        routes.post("/api/users", usersApi::create);
        routes.get("/api/users/{name}", usersApi::get);
        routes.put("/api/users/{name}", usersApi::update);
        routes.delete("/api/users/{name}", usersApi::delete);
        routes.get("/api/users/{name}/tokens", usersApi::tokens);
        routes.post("/api/users/{name}/tokens", usersApi::createToken);
        routes.delete("/api/users/{name}/tokens/{id}", usersApi::revokeToken);
        routes.get("/api/audit", new AuditApi(parts.audit())::list);

        LoginPage login = new LoginPage(pages, parts.users(), parts.sessions(), parts.cookie(),
                new LoginThrottle(Clock.systemUTC()), parts.audit());
        routes.get("/login", login::form);
        routes.post("/login", login::submit);
        routes.post("/logout", page(login::logout));

        PipelineInfo info = new PipelineInfo(parts.mirror(), parts.compiler());
        routes.get("/", page(new DashboardPage(pages, parts.jobs(), parts.history(), schedules::get)::show));
        routes.get("/jobs/{name}", page(new JobPage(pages, parts.jobs(), parts.history(), info, triggerTokens::get)::show));
        BuildForm form = new BuildForm(pages, parts.jobs(), parts.pipelines(), parts.queue(), parts.history(), parts.audit());
        routes.get("/jobs/{name}/build", page(form::form));
        routes.post("/jobs/{name}/build", page(form::submit));
        BuildPage build = new BuildPage(pages, new BuildPage.Parts(parts.jobs(), parts.history(), parts.queue(),
                parts.running(), info, parts.logs(), parts.audit(), new io.slipway.server.build.BuildTests(parts.logs(), json)));
        routes.get("/jobs/{name}/builds/{number}", page(build::show));
        routes.get("/jobs/{name}/builds/{number}/state", page(build::state));
        routes.post("/jobs/{name}/builds/{number}/abort", page(build::abort));
        routes.post("/jobs/{name}/builds/{number}/input/{id}", page(build::answer));
        routes.get("/jobs/{name}/builds/{number}/artifacts/<path>", page(build::artifact));

        UsersPage users = new UsersPage(pages, parts.users(), parts.tokens(), parts.audit());
        routes.get("/users", page(users::list));
        routes.post("/users", page(users::create));
        routes.get("/users/{name}", page(users::show));
        routes.post("/users/{name}", page(users::update));
        routes.post("/users/{name}/delete", page(users::delete));
        routes.post("/users/{name}/tokens", page(users::createToken));
        routes.post("/users/{name}/tokens/{id}/revoke", page(users::revokeToken));

        CredentialsPage credentials = new CredentialsPage(pages, parts.credentials(), json, parts.audit());
        routes.get("/credentials", page(credentials::list));
        routes.post("/credentials", page(credentials::save));
        routes.post("/credentials/{id}/delete", page(credentials::delete));

        DeploymentsPage deployments = new DeploymentsPage(pages, parts.deployments(), parts.rollbacks(), parts.jobs(),
                parts.audit());
        routes.get("/deployments", page(deployments::current));
        routes.get("/jobs/{name}/deployments", page(deployments::ofJob));
        routes.get("/jobs/{name}/deployments/{id}/rollback", page(deployments::confirm));
        routes.post("/jobs/{name}/deployments/{id}/rollback", page(deployments::rollback));

        routes.get("/audit", page(new AuditPage(pages, parts.audit())::show));
        routes.get("/gateway", page(new GatewayPage(pages, gateway::get)::show));
        routes.get("/agents", page(new AgentsPage(pages, () -> agents.get().get())::show));
    }

    /** A page handler whose refusals render as pages, not JSON. */
    private Handler page(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiException e) {
                pages.error(ctx, e.status(), "Cannot do that", e.getMessage()
                        + e.fields().stream().map(f -> "\n" + f.field() + ": " + f.reason()).reduce("", String::concat));
            }
        };
    }

    private void denied(AccessDenied e, Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("user", e.user());
            body.put("missingRole", e.missingRole().word());
            if (e.environment() != null) {
                body.put("environment", e.environment());
            }
            ctx.status(403).json(body);
        } else {
            pages.error(ctx, 403, "Not allowed", e.getMessage());
        }
    }
}
