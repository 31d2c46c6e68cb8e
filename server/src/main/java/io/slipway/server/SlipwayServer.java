package io.slipway.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.slipway.agent.builtin.BuiltinSteps;
import io.slipway.agent.step.CredentialLookup;
import io.slipway.agent.step.StepRegistry;
import io.slipway.dsl.PipelineCompiler;
import io.slipway.server.api.Json;
import io.slipway.server.api.Routes;
import io.slipway.server.auth.ApiTokens;
import io.slipway.server.auth.BearerAuth;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.build.BuildRecords;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.credential.MasterKey;
import io.slipway.server.credential.Sealer;
import io.slipway.server.job.JobService;
import io.slipway.server.job.PipelineCheck;
import io.slipway.server.job.SampleJobs;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.Dispatcher;
import io.slipway.server.run.PipelineRunner;
import io.slipway.server.run.PipelineSource;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.scm.RepositoryMirror;
import io.slipway.server.store.BuildRow;
import io.slipway.server.store.BuildStore;
import io.slipway.server.store.CredentialStore;
import io.slipway.server.store.Database;
import io.slipway.server.store.JobStore;
import io.slipway.server.store.TokenStore;
import io.slipway.server.store.AuditStore;
import io.slipway.server.store.SessionStore;
import io.slipway.server.store.UserStore;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.ui.UiRoutes;
import io.slipway.server.user.ReleasePolicy;
import io.slipway.server.user.SecuritySettings;
import io.slipway.server.user.SessionCookie;
import io.slipway.server.user.Sessions;
import io.slipway.server.user.Users;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running server: database, services, the build dispatcher and the HTTP API, wired together.
 * {@link #start} returns once the API answers, so {@code GET /api/health} is 200 as soon as this
 * object exists. On start, builds left RUNNING by a previous process become ABORTED ("server
 * restarted") and QUEUED ones run. {@link #close} stops the API, the builds, then the database.
 */
public final class SlipwayServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlipwayServer.class);
    private static final String SAMPLES_LOADED = "samples-loaded";
    static final String RESTARTED = "server restarted";

    private final Database database;
    private final Dispatcher dispatcher;
    private final Javalin http;
    private final Optional<String> generatedAdminToken;
    private Optional<String> generatedAdminPassword = Optional.empty();
    private UiRoutes ui;

    private SlipwayServer(Database database, Dispatcher dispatcher, Javalin http, Optional<String> generatedAdminToken) {
        this.database = database;
        this.dispatcher = dispatcher;
        this.http = http;
        this.generatedAdminToken = generatedAdminToken;
    }

    /** Opens the store, recovers builds, loads first-start data and starts the API on the configured port. */
    public static SlipwayServer start(ServerSettings settings) {
        return start(settings, SecuritySettings.fromEnvironment(System.getenv()));
    }

    /** As {@link #start(ServerSettings)}, with the users' and sessions' settings given. */
    public static SlipwayServer start(ServerSettings settings, SecuritySettings security) {
        Clock clock = Clock.systemUTC();
        ObjectMapper json = Json.mapper();
        PipelineCompiler compiler = PipelineCompiler.standard();
        Database database = Database.open(settings);
        Dispatcher dispatcher = null;
        try {
            TokenStore tokenStore = database.store(TokenStore.class);
            ApiTokens tokens = new ApiTokens(tokenStore, clock);
            Optional<String> generated = tokens.bootstrapAdmin(settings.adminToken());
            JobStore jobStore = database.store(JobStore.class);
            JobService jobs = new JobService(jobStore, new PipelineCheck(compiler), clock);
            if (tokenStore.flagCount(SAMPLES_LOADED) == 0) {
                List<String> loaded = new SampleJobs(jobs, json).load(settings.samplesDir());
                tokenStore.setFlag(SAMPLES_LOADED, clock.instant());
                LOG.info("first start: loaded sample jobs {}", loaded);
            }
            CredentialService credentials = new CredentialService(database.store(CredentialStore.class),
                    new Sealer(MasterKey.load(settings.masterKey(), settings.dataDir())), json, clock);

            BuildStore buildStore = database.store(BuildStore.class);
            BuildRecords records = new BuildRecords(json);
            BuildLogs logs = new BuildLogs(settings.dataDir());
            recoverInterruptedBuilds(buildStore, logs, clock);
            BuildHistory history = new BuildHistory(buildStore, records);
            RepositoryMirror mirror = new RepositoryMirror(settings.dataDir());
            PipelineSource pipelines = new PipelineSource(mirror, compiler);
            RunningBuilds running = new RunningBuilds();
            CredentialLookup lookup = id -> credentials.resolve(id)
                    .map(c -> new CredentialLookup.StepCredential(c.id(), c.type().word(), c.secrets()));
            PipelineRunner runner = new PipelineRunner(new PipelineRunner.Parts(jobs, pipelines, buildStore, records,
                    history, logs, new StepRegistry(BuiltinSteps.all()), lookup, mirror, settings.dataDir()), clock);
            dispatcher = new Dispatcher(buildStore, records, running, runner, settings.executors(), clock);
            BuildQueue queue = new BuildQueue(new BuildQueue.Parts(jobs, jobStore, buildStore, records, history,
                    pipelines, running, dispatcher), clock);

            Users users = new Users(database.store(UserStore.class), database.store(SessionStore.class), tokens, clock);
            Optional<String> generatedPassword = users.bootstrapAdmin(security.adminPassword());
            Sessions sessions = new Sessions(database.store(SessionStore.class), clock);
            SessionCookie cookie = new SessionCookie(sessions, security);
            UiRoutes ui = new UiRoutes(new UiRoutes.Parts(users, sessions, cookie, tokens,
                    new ReleasePolicy(security.protectedEnvironments()), new AuditLog(database.store(AuditStore.class), clock),
                    jobs, history, queue, running, logs, pipelines, mirror, compiler, credentials), json);

            Routes routes = new Routes(new BearerAuth(tokens, cookie),
                    new Routes.Services(jobs, credentials, queue, history, logs, running), json);
            Javalin http = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jsonMapper(new JavalinJackson(json, false));
                routes.register(config.routes);
                ui.configure(config);
            });
            http.start("0.0.0.0", settings.port());
            dispatcher.start();
            LOG.info("Slipway server listening on port {} (data in {})", http.port(), settings.dataDir());
            SlipwayServer server = new SlipwayServer(database, dispatcher, http, generated);
            server.generatedAdminPassword = generatedPassword;
            server.ui = ui;
            return server;
        } catch (RuntimeException e) {
            if (dispatcher != null) {
                dispatcher.close();
            }
            database.close();
            throw e;
        }
    }

    /** Builds that were running when the last process died cannot resume: they end ABORTED, logs kept. */
    private static void recoverInterruptedBuilds(BuildStore store, BuildLogs logs, Clock clock) {
        List<BuildRow> interrupted = store.running();
        for (BuildRow row : interrupted) {
            logs.open(row.jobName(), row.number()).line("Aborted: " + RESTARTED);
            logs.close(row.jobName(), row.number());
        }
        int count = store.abortAllRunning(clock.instant(), RESTARTED);
        if (count > 0) {
            LOG.warn("{} build(s) were running when the server stopped; marked ABORTED ({})", count, RESTARTED);
        }
    }

    /** The port the API listens on (useful when the settings asked for port 0). */
    public int port() {
        return http.port();
    }

    /** The admin token generated by this start, present only on the very first start without one. */
    public Optional<String> generatedAdminToken() {
        return generatedAdminToken;
    }

    /** The password of {@code admin} generated by this start, present only on the very first start without one. */
    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    /** Shows this gateway node on the UI's gateway page, read through its Admin API (token may be null). */
    public void attachGateway(String adminUrl, String adminToken) {
        ui.attachGateway(adminUrl, adminToken);
    }

    @Override
    public void close() {
        http.stop();
        dispatcher.close();
        database.close();
    }
}
