package io.slipway.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.slipway.agent.builtin.BuiltinSteps;
import io.slipway.agent.notify.NotifySteps;
import io.slipway.agent.step.StepExecutor;
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
import io.slipway.server.cluster.ClusterSettings;
import io.slipway.server.cluster.ServerIdentity;
import io.slipway.server.cluster.ServerLease;
import io.slipway.server.config.ReleaseSettings;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.credential.MasterKey;
import io.slipway.server.credential.Sealer;
import io.slipway.server.deploy.DeploymentStore;
import io.slipway.server.deploy.ReleaseChangeStore;
import io.slipway.server.deploy.ReleaseRecords;
import io.slipway.server.deploy.Rollbacks;
import io.slipway.server.job.JobService;
import io.slipway.server.job.PipelineCheck;
import io.slipway.server.job.SampleJobs;
import io.slipway.server.notify.JobNotifications;
import io.slipway.server.notify.MailTemplateRenderer;
import io.slipway.server.notify.NotifyConfigReader;
import io.slipway.server.notify.NotifyExtender;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.Dispatcher;
import io.slipway.server.queue.RestartRecovery;
import io.slipway.server.run.PipelineRunner;
import io.slipway.server.run.ReleaseExtensions;
import io.slipway.server.run.PipelineSource;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.scm.RepositoryMirror;
import io.slipway.server.store.BuildStore;
import io.slipway.server.store.ClusterStore;
import io.slipway.server.store.CredentialStore;
import io.slipway.server.store.Database;
import io.slipway.server.store.JobNotificationRow;
import io.slipway.server.store.JobNotificationStore;
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
import io.slipway.server.api.TriggerServices;
import io.slipway.server.trigger.poll.CommitNotifications;
import io.slipway.server.trigger.poll.PollStore;
import io.slipway.server.trigger.poll.PollTimer;
import io.slipway.server.trigger.poll.ScmPoller;
import io.slipway.server.job.multibranch.MultibranchProjects;
import io.slipway.server.job.multibranch.MultibranchStore;
import io.slipway.server.job.multibranch.ScanTriggers;
import io.slipway.server.trigger.schedule.CronBuilds;
import io.slipway.server.trigger.schedule.TimerId;
import java.util.LinkedHashMap;
import java.util.Map;
import io.slipway.server.trigger.upstream.UpstreamTriggers;
import io.slipway.server.trigger.schedule.JobTriggers;
import io.slipway.server.trigger.schedule.TimerDispatch;
import io.slipway.server.trigger.schedule.TimerKind;
import io.slipway.server.trigger.schedule.Timers;
import io.slipway.server.trigger.schedule.TriggerSources;
import io.slipway.server.trigger.schedule.TriggerStore;
import io.slipway.server.trigger.PushEvents;
import io.slipway.server.api.WebhookServices;
import io.slipway.server.store.WebhookStore;
import io.slipway.server.trigger.token.FailureLimiter;
import io.slipway.server.trigger.token.TriggerTokens;
import io.slipway.server.trigger.webhook.WebhookService;
import io.slipway.server.trigger.webhook.WebhookSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
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
    private static final int ACCEPT_QUEUE = 2048;

    private final Database database;
    private final Dispatcher dispatcher;
    private final ServerLease lease;
    private final Javalin http;
    private final Optional<String> generatedAdminToken;
    private Optional<String> generatedAdminPassword = Optional.empty();
    private UiRoutes ui;
    private Timers timers;
    private CommitNotifications notifications;
    private ScanTriggers scans;
    private io.slipway.server.agent.AgentRegistry agentRegistry;
    private io.slipway.server.agent.AgentPool agentPool;
    private io.slipway.server.kube.PodAgents podAgents;

    private SlipwayServer(Database database, Dispatcher dispatcher, ServerLease lease, Javalin http,
            Optional<String> generatedAdminToken) {
        this.database = database;
        this.dispatcher = dispatcher;
        this.lease = lease;
        this.http = http;
        this.generatedAdminToken = generatedAdminToken;
    }

    /**
     * What one start needs besides the {@link ServerSettings}: the clock, what release steps may reach, how this
     * server shares its database and the users' settings. {@link #of} reads each from the environment, as
     * {@code java -jar slipway.jar} does; a test or an embedding replaces one with its {@code withX} method. A new
     * component of the wiring adds one field (and its {@code withX}), not another {@code start} overload.
     *
     * @param settings port, data folder, database and the other {@code SLIPWAY_*} settings
     * @param clock what timers compute fire times on (a test moves a server past scheduled times)
     * @param release what release steps may reach (gateway nodes, Consul, Docker)
     * @param cluster how this server shares its database and build logs with other servers
     * @param security the users' and sessions' settings (first admin password, protected environments)
     * @param agents the remote agents' settings (heartbeat timeout)
     */
    public record Options(ServerSettings settings, Clock clock, ReleaseSettings release, ClusterSettings cluster,
            SecuritySettings security, io.slipway.server.agent.AgentSettings agents) {

        public Options {
            java.util.Objects.requireNonNull(settings, "settings");
            java.util.Objects.requireNonNull(clock, "clock");
            java.util.Objects.requireNonNull(release, "release");
            java.util.Objects.requireNonNull(cluster, "cluster");
            java.util.Objects.requireNonNull(security, "security");
            java.util.Objects.requireNonNull(agents, "agents");
        }

        /** {@code settings} on the system clock, everything else read from the environment. */
        public static Options of(ServerSettings settings) {
            Map<String, String> env = System.getenv();
            return new Options(settings, Clock.systemUTC(), ReleaseSettings.fromEnvironment(env, settings.gatewayEnabled()),
                    ClusterSettings.fromEnvironment(env), SecuritySettings.fromEnvironment(env),
                    io.slipway.server.agent.AgentSettings.fromEnvironment(env));
        }

        public Options withClock(Clock value) {
            return new Options(settings, value, release, cluster, security, agents);
        }

        public Options withRelease(ReleaseSettings value) {
            return new Options(settings, clock, value, cluster, security, agents);
        }

        public Options withCluster(ClusterSettings value) {
            return new Options(settings, clock, release, value, security, agents);
        }

        public Options withSecurity(SecuritySettings value) {
            return new Options(settings, clock, release, cluster, value, agents);
        }

        public Options withAgents(io.slipway.server.agent.AgentSettings value) {
            return new Options(settings, clock, release, cluster, security, value);
        }
    }

    /**
     * Opens the store, recovers builds, loads first-start data and starts the API on the configured port; returns
     * once {@code GET /api/health} answers.
     */
    public static SlipwayServer start(Options options) {
        ServerSettings settings = options.settings();
        Clock clock = options.clock();
        ReleaseSettings release = options.release();
        ClusterSettings cluster = options.cluster();
        SecuritySettings security = options.security();
        io.slipway.server.agent.AgentSettings agentSettings = options.agents();
        StartupPhases phases = new StartupPhases(LOG);
        // Two chains at once, one per core: the database (H2 or PostgreSQL, the schema check, Jdbi's first
        // statements) on a start-up thread, and what needs no database (Jackson, the pipeline compiler, Jetty's
        // class initialisers) here.
        java.util.concurrent.CompletableFuture<OpenedDatabase> opening = StartupPhases.inBackground("database",
                () -> OpenedDatabase.open(settings, clock));
        ObjectMapper json;
        PipelineCompiler compiler;
        try {
            json = Json.mapper();
            compiler = PipelineCompiler.standard();
            StartupWarmUp.initialiseHttpClasses();
        } catch (RuntimeException | Error e) {
            opening.thenAccept(opened -> opened.database().close());
            throw e;
        }
        OpenedDatabase opened = StartupPhases.join(opening);
        Database database = opened.database();
        phases.done("database (" + database.schema() + ") beside Jackson and Jetty");
        Dispatcher dispatcher = null;
        ServerLease lease = null;
        Timers timers = null;
        CommitNotifications notifications = null;
        ScanTriggers scans = null;
        io.slipway.server.agent.AgentPool agentPool = null;
        java.util.concurrent.CompletableFuture<Optional<String>> adminPassword = null;
        try {
            TokenStore tokenStore = database.store(TokenStore.class);
            ApiTokens tokens = opened.tokens();
            Optional<String> generated = opened.generatedAdminToken();
            JobStore jobStore = database.store(JobStore.class);
            JobService jobs = new JobService(jobStore, new PipelineCheck(compiler), clock);
            if (tokenStore.flagCount(SAMPLES_LOADED) == 0) {
                List<String> loaded = new SampleJobs(jobs, json).load(settings.samplesDir());
                tokenStore.setFlag(SAMPLES_LOADED, clock.instant());
                LOG.info("first start: loaded sample jobs {}", loaded);
            }
            Sealer sealer = new Sealer(MasterKey.load(settings.masterKey(), settings.dataDir()));
            io.slipway.server.cluster.SharedMasterKey.verify(sealer, database.store(CredentialStore.class),
                    database.store(WebhookStore.class), new WebhookSettings(database.store(WebhookStore.class), sealer, clock));
            CredentialService credentials = new CredentialService(database.store(CredentialStore.class),
                    sealer, json, clock);

            BuildStore buildStore = database.store(BuildStore.class);
            BuildRecords records = new BuildRecords(json);
            BuildLogs logs = new BuildLogs(settings.dataDir(), cluster.buildsDir());
            ClusterStore clusterStore = database.store(ClusterStore.class);
            ServerIdentity me = ServerIdentity.resolve(cluster.serverId(), settings.dataDir());
            RestartRecovery recovery = new RestartRecovery(buildStore, records, logs, clock);
            // Only this server's own builds (and unowned ones from before servers were recorded): the
            // builds of other live servers sharing the database are theirs; a gone server's are ended
            // by the lease heartbeat once its lease runs out.
            recovery.abortInterrupted(clusterStore.runningOn(me.id(), true));
            BuildHistory history = new BuildHistory(buildStore, records);
            RepositoryMirror mirror = new RepositoryMirror(settings.dataDir());
            PipelineSource pipelines = new PipelineSource(mirror, compiler);
            RunningBuilds running = new RunningBuilds();
            CredentialLookup lookup = id -> credentials.resolve(id)
                    .map(c -> new CredentialLookup.StepCredential(c.id(), c.type().word(), c.secrets()));
            List<StepExecutor> executors = new ArrayList<>(BuiltinSteps.all());
            executors.addAll(io.slipway.agent.release.ReleaseSteps.all());
            executors.addAll(NotifySteps.all());
            StepRegistry steps = new StepRegistry(executors);
            ReleaseRecords releases = new ReleaseRecords(database.store(ReleaseChangeStore.class),
                    database.store(DeploymentStore.class), steps, json, clock);
            jobs.addListener(releases.forgetDeletedJobs());
            PipelineRunner runner = new PipelineRunner(new PipelineRunner.Parts(jobs, pipelines, buildStore, records,
                    history, logs, steps, lookup, mirror, settings.dataDir()), clock, releases.hooks(),
                    ReleaseExtensions.of(release, io.slipway.agent.step.BuildExtensions.none()));
            JobNotificationStore jobNotificationStore = database.store(JobNotificationStore.class);
            MailTemplateRenderer mailTemplates = new MailTemplateRenderer(settings.dataDir(),
                    job -> jobNotificationStore.find(job).map(JobNotificationRow::mailTemplate));
            runner.extendWith(new NotifyExtender(settings.dataDir(), System.getenv(), new NotifyConfigReader(json),
                    history, mirror, mailTemplates, job -> releases.deployments().ofJob(job, Optional.empty(), 500)
                            .stream().map(d -> d.environment()).collect(java.util.stream.Collectors.toSet())));
            io.slipway.server.agent.AgentRegistry agentRegistry = new io.slipway.server.agent.AgentRegistry(
                    database.store(io.slipway.server.store.AgentStore.class), clock);
            agentPool = new io.slipway.server.agent.AgentPool(agentSettings, agentRegistry);
            runner.runOnAgents(agentPool, database.store(io.slipway.server.store.AgentStore.class));
            io.slipway.server.kube.PodAgents podAgents = io.slipway.server.kube.PodAgents.start(
                    io.slipway.server.kube.KubernetesSettings.fromEnvironment(System.getenv()),
                    new io.slipway.server.kube.PoolAgentAccess(agentRegistry, agentPool),
                    new io.slipway.server.kube.BuildSourceFiles(jobs, history, mirror), me.id());
            agentPool.addProvisioner(podAgents);
            dispatcher = new Dispatcher(buildStore, clusterStore, me.id(), records, running, runner,
                    settings.executors(), clock);
            io.slipway.server.store.AgentStore agentStore = database.store(io.slipway.server.store.AgentStore.class);
            io.slipway.server.agent.AgentPool agentsHere = agentPool;
            // a build parked for an agent label is claimed only by a server with a matching agent of its own
            dispatcher.claimOnly(() -> agentsHere.claimable(agentStore.parked().stream().collect(java.util.stream.Collectors
                    .toMap(b -> new io.slipway.server.agent.BuildRef(b.jobName(), b.number()),
                            io.slipway.server.store.AgentStore.Parked::agentLabel))));
            lease = new ServerLease(clusterStore, me, cluster, recovery, running);
            BuildQueue queue = new BuildQueue(new BuildQueue.Parts(jobs, jobStore, buildStore, records, history,
                    pipelines, running, dispatcher, clusterStore), clock);

            phases.done("builds recovered, queue");
            Rollbacks rollbacks = new Rollbacks(releases.deployments(), queue, history);
            Users users = new Users(database.store(UserStore.class), database.store(SessionStore.class), tokens, clock);
            // a first start hashes the admin's password (bcrypt, a tenth of that start): beside the rest of the wiring
            adminPassword = StartupPhases.inBackground("admin-password", () -> users.bootstrapAdmin(security.adminPassword()));
            Sessions sessions = new Sessions(database.store(SessionStore.class), clock);
            SessionCookie cookie = new SessionCookie(sessions, security);
            UiRoutes ui = new UiRoutes(new UiRoutes.Parts(users, sessions, cookie, tokens,
                    new ReleasePolicy(security.protectedEnvironments()), new AuditLog(database.store(AuditStore.class), clock),
                    jobs, history, queue, running, logs, pipelines, mirror, compiler, credentials,
                    id -> id.matches("\\d{1,18}") ? releases.deployments().find(Long.parseLong(id))
                            .map(io.slipway.server.deploy.Deployment::environment) : Optional.empty(),
                    releases.deployments(), rollbacks), json);


            phases.done("users, web UI");
            timers = new Timers(database.dataSource(), clock, ZoneId.systemDefault(),
                    database.isPostgres() ? Optional.of(me.id()) : Optional.empty());
            JobTriggers jobTriggers = new JobTriggers(database.store(TriggerStore.class), timers, clock);
            TriggerSources triggerSources = new TriggerSources(jobTriggers, compiler);
            jobs.addListener(triggerSources);
            runner.addListener(triggerSources);
            jobs.list().forEach(triggerSources::saved);
            ScmPoller poller = new ScmPoller(jobs, queue, history, database.store(PollStore.class), clock);
            jobs.addListener(poller);
            notifications = new CommitNotifications(jobs, jobTriggers, poller);
            runner.addListener(new UpstreamTriggers(jobTriggers, queue));
            MultibranchProjects multibranch = new MultibranchProjects(new MultibranchProjects.Parts(
                    database.store(MultibranchStore.class), jobs, queue, mirror, timers, buildStore, logs), clock);
            scans = new ScanTriggers(multibranch);
            notifications.addListener(scans);
            Map<TimerId, String> wanted = new LinkedHashMap<>(jobTriggers.wantedTimers());
            multibranch.list().forEach(p -> wanted.put(new TimerId(p.name(), TimerKind.SCAN),
                    Integer.toString(p.scanIntervalMinutes())));
            timers.start(new TimerDispatch()
                    .on(TimerKind.CRON, new CronBuilds(jobTriggers, queue))
                    .on(TimerKind.POLL, new PollTimer(jobTriggers, poller))
                    .on(TimerKind.SCAN, scans), wanted);
            PushEvents pushEvents = new PushEvents();
            ScanTriggers branchScans = scans;
            // a push that creates, moves or deletes a branch makes the multibranch projects on it scan
            pushEvents.subscribe(event -> {
                if (event.branch() != null) {
                    branchScans.pushed(event.repositoryUrl());
                }
            });

            phases.done("triggers, timers");
            WebhookStore webhookStore = database.store(WebhookStore.class);
            WebhookSettings webhookSettings = new WebhookSettings(webhookStore, sealer, clock);
            ui.attachTriggerTokens(job -> webhookSettings.tokenHash(job).isPresent());
            ui.attachSchedules(job -> {
                var view = jobTriggers.view(job);
                return java.util.stream.Stream.of(view.cron(), view.pollSCM()).filter(java.util.Objects::nonNull)
                        .flatMap(t -> t.nextFireTimes().stream()).min(java.util.Comparator.naturalOrder());
            });
            CommitNotifications commits = notifications;
            WebhookServices webhookServices = new WebhookServices(
                    new WebhookService(jobs, queue, webhookStore, webhookSettings, pushEvents, commits::notifyCommit,
                            json, clock, settings.quietPeriod()),
                    webhookSettings, webhookStore, new TriggerTokens(webhookSettings),
                    new FailureLimiter(10, java.time.Duration.ofMinutes(1), clock));
            io.slipway.server.api.AgentsApi agentsApi = new io.slipway.server.api.AgentsApi(agentRegistry, agentPool, json);
            Routes routes = new Routes(new BearerAuth(tokens, cookie),
                    new Routes.Services(jobs, credentials, queue, history, logs, running,
                            new TriggerServices(jobTriggers, poller, notifications, multibranch), releases,
                            rollbacks,
                            new JobNotifications(jobNotificationStore, jobs, mailTemplates, clock), webhookServices), json)
                    .withAgents(agentsApi);
            ui.attachAgents(agentsApi::views);
            io.slipway.server.agent.AgentSocket agentSocket = new io.slipway.server.agent.AgentSocket(agentRegistry, agentPool);
            io.slipway.server.agent.AgentFiles agentFiles = new io.slipway.server.agent.AgentFiles(agentRegistry, agentPool,
                    logs::buildDir);
            Javalin http = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jsonMapper(new JavalinJackson(json, false));
                // Requests beyond the busy threads wait in the pool's (growing) queue instead of being refused.
                var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(200, 8);
                pool.setName("http");
                config.jetty.threadPool = pool;
                // A burst of webhook deliveries opens hundreds of connections at once; the JVM's default
                // listen backlog (50) would reset them. The kernel caps this at net.core.somaxconn.
                config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                        for (var connector : server.getConnectors()) {
                            if (connector instanceof org.eclipse.jetty.server.ServerConnector serverConnector) {
                                serverConnector.setAcceptQueueSize(ACCEPT_QUEUE);
                            }
                        }
                    }
                }));
                routes.register(config.routes);
                agentSocket.register(config.routes);
                agentFiles.register(config.routes);
                ui.configure(config);
            });
            Optional<String> generatedPassword = StartupPhases.join(adminPassword);
            phases.done("API routes");
            http.start("0.0.0.0", settings.port());
            phases.done("HTTP listening");
            lease.start();
            dispatcher.start();
            LOG.info("Slipway server listening on port {} (data in {}), started in {} ms ({})", http.port(),
                    settings.dataDir(), phases.totalMillis(), phases.summary());
            SlipwayServer server = new SlipwayServer(database, dispatcher, lease, http, generated);
            server.generatedAdminPassword = generatedPassword;
            server.ui = ui;
            server.timers = timers;
            server.notifications = notifications;
            server.scans = scans;
            server.agentRegistry = agentRegistry;
            server.agentPool = agentPool;
            server.podAgents = podAgents;
            return server;
        } catch (RuntimeException e) {
            if (adminPassword != null) {
                adminPassword.exceptionally(failure -> Optional.empty()).join();
            }
            if (timers != null) {
                timers.close();
            }
            if (scans != null) {
                scans.close();
            }
            if (notifications != null) {
                notifications.close();
            }
            if (dispatcher != null) {
                dispatcher.close();
            }
            if (agentPool != null) {
                agentPool.close();
            }
            if (lease != null) {
                lease.close();
            }
            database.close();
            throw e;
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

    /** The registered remote agents: issue (e.g. an ephemeral token for a pod agent) and revoke. */
    public io.slipway.server.agent.AgentRegistry agents() {
        return agentRegistry;
    }

    /** The Kubernetes pod agents ({@code agent { kubernetes { ... } }}); reconfigurable for embedding and tests. */
    public io.slipway.server.kube.PodAgents podAgents() {
        return podAgents;
    }

    /** The remote agents connected here: wait for one to be online, add an {@code AgentProvisioner}. */
    public io.slipway.server.agent.AgentPool agentPool() {
        return agentPool;
    }

    @Override
    public void close() {
        http.stop();
        timers.close();
        notifications.close();
        scans.close();
        dispatcher.close();
        podAgents.close();
        agentPool.close();
        lease.close();
        database.close();
    }
}
