package io.slipway.server.trigger.schedule;

import io.slipway.dsl.model.BuildResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A job's triggers, gathered from two origins as Jenkins does: the job's own settings ({@code "triggers"}
 * in {@code POST/PUT /api/jobs}) and the {@code triggers} section of the Jenkinsfile a build last read (for
 * an inline pipeline: the one saved). For each kind (cron, pollSCM, upstream) the settings win when they
 * set it, else the Jenkinsfile's counts. Every change re-arms or removes the job's timers at once.
 * Thread-safe: state is in the store, and changes of one job are serialized.
 */
public final class JobTriggers {

    static final String SETTINGS = "settings";
    static final String PIPELINE = "pipeline";
    private static final int SHOWN_FIRE_TIMES = 5;

    private final TriggerStore store;
    private final Timers timers;
    private final Clock clock;

    public JobTriggers(TriggerStore store, Timers timers, Clock clock) {
        this.store = store;
        this.timers = timers;
        this.clock = clock;
    }

    /** Stores what a job's settings ask for (none clears them) and re-arms its timers. */
    public void saveSettings(String job, TriggerSettings settings) {
        save(job, SETTINGS, settings);
    }

    /** Stores what the Jenkinsfile a build (or the save of an inline pipeline) read asks for. */
    public void pipelineRead(String job, TriggerSettings settings) {
        save(job, PIPELINE, settings);
    }

    /** Forgets a deleted job's triggers and removes its timers. */
    public synchronized void jobDeleted(String job) {
        store.deleteJob(job);
        timers.disarm(new TimerId(job, TimerKind.CRON));
        timers.disarm(new TimerId(job, TimerKind.POLL));
    }

    private synchronized void save(String job, String origin, TriggerSettings settings) {
        Optional<TriggerRow> stored = store.find(job, origin);
        TriggerRow row = toRow(job, origin, settings);
        if (stored.isPresent() ? sameTriggers(stored.get(), row) : settings.isEmpty()) {
            return;
        }
        TriggerSettings before = effective(job);
        if (settings.isEmpty()) {
            store.delete(job, origin);
        } else {
            store.put(row);
        }
        // only a changed timer is re-armed: re-arming moves a fire time that passed unseen (downtime)
        TriggerSettings now = effective(job);
        if (!now.cron().equals(before.cron())) {
            rearm(new TimerId(job, TimerKind.CRON), now.cron());
        }
        if (!now.pollScm().equals(before.pollScm())) {
            rearm(new TimerId(job, TimerKind.POLL), now.pollScm());
        }
    }

    private void rearm(TimerId id, Optional<String> spec) {
        if (spec.isPresent()) {
            timers.arm(id, spec.get());
        } else {
            timers.disarm(id);
        }
    }

    /** What counts for a job now: per kind, its settings, else its Jenkinsfile. */
    public TriggerSettings effective(String job) {
        TriggerSettings settings = store.find(job, SETTINGS).map(JobTriggers::fromRow).orElse(TriggerSettings.NONE);
        TriggerSettings pipeline = store.find(job, PIPELINE).map(JobTriggers::fromRow).orElse(TriggerSettings.NONE);
        return new TriggerSettings(settings.cron().or(pipeline::cron), settings.pollScm().or(pipeline::pollScm),
                settings.upstream().or(pipeline::upstream));
    }

    /** Every job's effective triggers, by job name. */
    public Map<String, TriggerSettings> all() {
        Map<String, TriggerSettings> result = new LinkedHashMap<>();
        store.all().stream().map(TriggerRow::jobName).distinct().forEach(job -> result.put(job, effective(job)));
        return result;
    }

    /** The timers every job wants now (id to spec), for {@link Timers#start}. */
    public Map<TimerId, String> wantedTimers() {
        Map<TimerId, String> wanted = new LinkedHashMap<>();
        all().forEach((job, t) -> {
            t.cron().ifPresent(spec -> wanted.put(new TimerId(job, TimerKind.CRON), spec));
            t.pollScm().ifPresent(spec -> wanted.put(new TimerId(job, TimerKind.POLL), spec));
        });
        return wanted;
    }

    /** The API's view of a job's triggers, with the next fire times of the timed ones. */
    public TriggersView view(String job) {
        TriggerSettings settings = store.find(job, SETTINGS).map(JobTriggers::fromRow).orElse(TriggerSettings.NONE);
        TriggerSettings now = effective(job);
        Function<Optional<?>, String> origin = own -> own.isPresent() ? SETTINGS : PIPELINE;
        TriggersView.Timed cron = now.cron().map(spec -> new TriggersView.Timed(spec, origin.apply(settings.cron()),
                timers.upcoming(new TimerId(job, TimerKind.CRON), spec, SHOWN_FIRE_TIMES))).orElse(null);
        TriggersView.Timed poll = now.pollScm().map(spec -> new TriggersView.Timed(spec,
                origin.apply(settings.pollScm()),
                timers.upcoming(new TimerId(job, TimerKind.POLL), spec, SHOWN_FIRE_TIMES))).orElse(null);
        TriggersView.Upstream upstream = now.upstream().map(u -> new TriggersView.Upstream(u.projectsText(),
                u.threshold().name(), origin.apply(settings.upstream()))).orElse(null);
        return new TriggersView(cron, poll, upstream);
    }

    private TriggerRow toRow(String job, String origin, TriggerSettings s) {
        return new TriggerRow(job, origin, s.cron().orElse(null), s.pollScm().orElse(null),
                s.upstream().map(UpstreamSpec::projectsText).orElse(null),
                s.upstream().map(u -> u.threshold().name()).orElse(null), clock.instant());
    }

    private static boolean sameTriggers(TriggerRow a, TriggerRow b) {
        return java.util.Objects.equals(a.cron(), b.cron()) && java.util.Objects.equals(a.pollScm(), b.pollScm())
                && java.util.Objects.equals(a.upstreamProjects(), b.upstreamProjects())
                && java.util.Objects.equals(a.upstreamThreshold(), b.upstreamThreshold());
    }

    private static TriggerSettings fromRow(TriggerRow row) {
        Optional<UpstreamSpec> upstream = Optional.ofNullable(row.upstreamProjects()).map(p -> new UpstreamSpec(
                List.of(p.split(",\\s*")), BuildResult.parse(row.upstreamThreshold())));
        return new TriggerSettings(Optional.ofNullable(row.cron()), Optional.ofNullable(row.pollScm()), upstream);
    }
}
