package io.slipway.server.notify;

import io.slipway.agent.notify.BuildSummarySource;
import io.slipway.agent.notify.DeliveryPolicy;
import io.slipway.agent.notify.chat.ChatRobots;
import io.slipway.agent.notify.mail.MailSettings;
import io.slipway.agent.notify.mail.MailTemplates;
import io.slipway.agent.step.BuildExtensions;
import io.slipway.agent.step.StepContext;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.deploy.Environments;
import io.slipway.server.run.BuildExtender;
import io.slipway.server.run.RunningBuild;
import io.slipway.server.scm.RepositoryMirror;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers each build what notification steps need: the SMTP settings, the mail template of its job, its
 * summary (changes, culprits, status so far, log tail, link), the chat robots and the delivery policy.
 * The configuration is read again for every build, so an edit of {@code notifications.json} applies to
 * the next build without a restart; a broken edit keeps the last good configuration (and is logged).
 * Thread-safe.
 */
public final class NotifyExtender implements BuildExtender {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyExtender.class);

    private final Path dataDir;
    private final Map<String, String> env;
    private final NotifyConfigReader reader;
    private final BuildHistory history;
    private final RepositoryMirror mirror;
    private final MailTemplateRenderer templates;
    private final Function<String, Set<String>> deployments;
    private final RuleRunner rules = new RuleRunner();
    private volatile NotifyConfig lastGood;

    /**
     * Reads the configuration once to fail the server's start on a mistake.
     *
     * @param deployments the environments a job has deployments in (for rules' {@code environments})
     * @throws IllegalArgumentException naming the file or variable and the field
     */
    public NotifyExtender(Path dataDir, Map<String, String> env, NotifyConfigReader reader, BuildHistory history,
            RepositoryMirror mirror, MailTemplateRenderer templates, Function<String, Set<String>> deployments) {
        this.dataDir = dataDir;
        this.env = Map.copyOf(env);
        this.reader = reader;
        this.history = history;
        this.mirror = mirror;
        this.templates = templates;
        this.deployments = deployments;
        this.lastGood = reader.read(dataDir, this.env);
        for (NotifyRule rule : lastGood.rules()) {
            if (!rules.knows(rule.step())) {
                throw new IllegalArgumentException(NotifyConfigReader.FILE + ": rule '" + rule.name() + "': '"
                        + rule.step() + "' is not a notification step (use one of " + rules.names() + ")");
            }
        }
    }

    /** The configuration as it is now (the last good one when the file has a mistake). */
    public NotifyConfig config() {
        try {
            lastGood = reader.read(dataDir, env);
        } catch (IllegalArgumentException e) {
            LOG.warn("notification settings not reloaded, keeping the previous ones: {}", e.getMessage());
        }
        return lastGood;
    }

    @Override
    public BuildExtensions extend(BuildExtensions extensions, RunningBuild build) {
        NotifyConfig config = config();
        BuildExtensions result = extensions
                .with(BuildSummarySource.class, new RunningBuildSummary(build, config, history,
                        mirror.dir(build.job().name())))
                .with(MailTemplates.class, templates.forJob(build.job().name()))
                .with(ChatRobots.class, new ConfiguredRobots(config.robots()))
                .with(DeliveryPolicy.class, config.delivery());
        MailSettings mail = config.smtp().host() == null ? null : config.smtp().toSettings(config.url());
        return mail == null ? result : result.with(MailSettings.class, mail);
    }

    /** Runs the server-wide rules that match the build; a rule's trouble is logged, never thrown. */
    @Override
    public void ended(RunningBuild build, StepContext ctx, BuildStatus status) {
        try {
            Supplier<Set<String>> environments = () -> {
                Set<String> deployed = new TreeSet<>(deployments.apply(build.job().name()));
                deployed.add(Environments.of(build.pipeline(), build.build().parameters()));
                return deployed;
            };
            rules.run(lastGood.rules(), build.job().name(), status.name(), build.stages().get(), environments, ctx);
        } catch (RuntimeException e) {
            LOG.error("notification rules failed for {} #{}", build.job().name(), build.build().number(), e);
            ctx.log().line("WARNING: notification rules failed: " + e);
        }
    }
}
