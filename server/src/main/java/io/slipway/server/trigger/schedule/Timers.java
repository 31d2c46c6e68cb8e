package io.slipway.server.trigger.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's timers on Quartz. Each timer is one durable Quartz job with one one-shot trigger at the
 * next fire time that our Jenkins cron computes; after each fire the trigger is re-armed at the next
 * fire time after now, so a schedule is never replayed slot by slot. A server that dies between a fire and its
 * re-arm does not lose the timer: the job requests recovery, so Quartz fires it again on a server that is alive
 * (clustered), or at the next start (alone), and that fire re-arms it. At start, before Quartz runs, every
 * wanted timer is reconciled with what the job store holds: a trigger whose fire time passed while the
 * server was down fires once, at once; a changed spec is re-armed; timers nobody wants are removed.
 *
 * <p>Fire times are computed on the injected {@link Clock} and handed to Quartz as a delay from the
 * system clock, so a test can move the server's clock past several slots. Thread-safe.
 */
public final class Timers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Timers.class);
    private static final String GROUP = "slipway-timers";
    private static final String JOB = "job";
    private static final String KIND = "kind";
    private static final String SPEC = "spec";
    private static final String FIRE_AT = "fireAt";
    private static final String MISSED = "missed";
    static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);

    private final Scheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private volatile TimerHandler handler;

    /**
     * @param clusterInstanceId this server's id when several servers share the database (PostgreSQL):
     *        Quartz runs clustered and each fire happens once among them; empty for a server alone (H2)
     */
    public Timers(javax.sql.DataSource dataSource, Clock clock, ZoneId zone, Optional<String> clusterInstanceId) {
        this.scheduler = QuartzFactory.create(dataSource, 4, clusterInstanceId);
        this.clock = clock;
        this.zone = zone;
        try {
            scheduler.setJobFactory((bundle, s) -> new TimerFire(this));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot set up the Quartz scheduler", e);
        }
    }

    /** Reconciles the stored timers with {@code wanted} (id to spec), then starts firing. */
    public void start(TimerHandler handler, Map<TimerId, String> wanted) {
        this.handler = handler;
        try {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (trigger == null) {
                    continue;
                }
                TimerId id = idOf(trigger.getJobDataMap());
                if (!wanted.containsKey(id)) {
                    scheduler.deleteJob(trigger.getJobKey());
                }
            }
            Instant now = clock.instant();
            // a fire time that passed less than Quartz's misfire threshold ago may be firing on another
            // server right now; Quartz fires it (once) anyway
            Instant missedBefore = now.minus(MISFIRE_THRESHOLD);
            for (Map.Entry<TimerId, String> entry : wanted.entrySet()) {
                Trigger stored = scheduler.getTrigger(triggerKey(entry.getKey()));
                if (stored != null && Instant.ofEpochMilli(stored.getJobDataMap().getLong(FIRE_AT)).isBefore(missedBefore)) {
                    LOG.info("timer {} of job '{}' missed its fire at {} while the server was down: firing once now",
                            entry.getKey().kind(), entry.getKey().job(),
                            Instant.ofEpochMilli(stored.getJobDataMap().getLong(FIRE_AT)));
                    schedule(entry.getKey(), entry.getValue(), now, true);
                } else if (stored == null || !entry.getValue().equals(stored.getJobDataMap().getString(SPEC))) {
                    arm(entry.getKey(), entry.getValue());
                }
            }
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the timers: " + e.getMessage(), e);
        }
    }

    /** Sets (or replaces) a timer at its next fire time after now; a spec that never fires removes it. */
    public void arm(TimerId id, String spec) {
        armAfter(id, spec, clock.instant());
    }

    private void armAfter(TimerId id, String spec, Instant after) {
        Optional<Instant> next = id.kind().nextAfter(id.job(), spec, after, zone);
        if (next.isEmpty()) {
            disarm(id);
            return;
        }
        schedule(id, spec, next.get(), false);
    }

    /** Removes a timer; nothing happens when there is none. */
    public void disarm(TimerId id) {
        try {
            scheduler.deleteJob(jobKey(id));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove timer " + id + ": " + e.getMessage(), e);
        }
    }

    /** The next {@code count} fire times of a spec for a job, from now (the API's {@code nextFireTimes}). */
    public List<Instant> upcoming(TimerId id, String spec, int count) {
        List<Instant> times = new ArrayList<>();
        Instant from = clock.instant();
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = id.kind().nextAfter(id.job(), spec, from, zone);
            if (next.isEmpty()) {
                break;
            }
            times.add(next.get());
            from = next.get();
        }
        return times;
    }

    /** When the stored trigger of a timer fires next (on the server's clock), if it is armed. */
    public Optional<Instant> armedAt(TimerId id) {
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(id));
            return trigger == null ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(trigger.getJobDataMap().getLong(FIRE_AT)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read timer " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Called by {@link TimerFire}: re-arms with the current spec (or drops the timer), then runs the handler.
     *
     * @param recovering whether this is Quartz's recovery of a fire that a server died in (its job requests
     *        recovery): another server's Quartz found the dead one's fire record and fires it again here, with the
     *        data of the timer's trigger as the dead server left it. When that trigger is gone (the server died
     *        before re-arming it, and Quartz removed the completed one-shot trigger), the fire is done now: the
     *        timer is re-armed and its handler runs. When the timer is armed again already, the dead server got
     *        past the re-arm, and its handler had started: nothing is repeated.
     */
    void fired(Trigger trigger, boolean recovering) {
        JobDataMap data = trigger.getJobDataMap();
        TimerId id = idOf(data);
        boolean missed = data.containsKey(MISSED) && data.getBoolean(MISSED);
        TimerHandler current = handler;
        Optional<String> spec = current.currentSpec(id);
        try {
            if (recovering && armedAgain(id)) {
                LOG.info("timer {} of job '{}': the server that fired it died after re-arming it; not fired again",
                        id.kind(), id.job());
                return;
            }
            if (recovering) {
                LOG.warn("timer {} of job '{}': the server that fired it at {} died before re-arming it; firing it here"
                        + " and re-arming", id.kind(), id.job(), Instant.ofEpochMilli(data.getLong(FIRE_AT)));
            }
            if (spec.isEmpty()) {
                disarm(id);
                return;
            }
            TimerCrashPoint.beforeRearm(id);
            // after the time this fire was for, not just after now: Quartz fires up to a few milliseconds
            // early, and "the next minute after now" would then be this same minute, fired twice
            Instant firedFor = Instant.ofEpochMilli(data.getLong(FIRE_AT));
            Instant now = clock.instant();
            armAfter(id, spec.get(), now.isAfter(firedFor) ? now : firedFor);
            current.fire(id, missed);
        } catch (RuntimeException e) {
            LOG.error("timer {} of job '{}' failed", id.kind(), id.job(), e);
        }
    }

    /** Whether the timer's own trigger is set for a later fire (a completed one-shot trigger is not). */
    private boolean armedAgain(TimerId id) {
        try {
            Trigger.TriggerState state = scheduler.getTriggerState(triggerKey(id));
            return state != Trigger.TriggerState.NONE && state != Trigger.TriggerState.COMPLETE;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read timer " + id + ": " + e.getMessage(), e);
        }
    }

    private void schedule(TimerId id, String spec, Instant fireAt, boolean missed) {
        JobDataMap data = new JobDataMap();
        data.put(JOB, id.job());
        data.put(KIND, id.kind().name());
        data.put(SPEC, spec);
        data.put(FIRE_AT, fireAt.toEpochMilli());
        data.put(MISSED, missed);
        // Quartz runs on the system clock; our fire time is on the server's clock: hand over the delay
        long delay = Math.max(0, Duration.between(clock.instant(), fireAt).toMillis());
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey(id)).forJob(jobKey(id))
                .usingJobData(data).startAt(new Date(System.currentTimeMillis() + delay))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            // requestRecovery: when the server firing it dies before re-arming, Quartz removes the completed
            // one-shot trigger; with this, another server's Quartz fires it again instead (see fired)
            JobDetail job = JobBuilder.newJob(TimerFire.class).withIdentity(jobKey(id)).storeDurably()
                    .requestRecovery().build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot arm timer " + id + ": " + e.getMessage(), e);
        }
    }

    private static TimerId idOf(JobDataMap data) {
        return new TimerId(data.getString(JOB), TimerKind.valueOf(data.getString(KIND)));
    }

    private static JobKey jobKey(TimerId id) {
        return JobKey.jobKey(id.quartzName(), GROUP);
    }

    private static TriggerKey triggerKey(TimerId id) {
        return TriggerKey.triggerKey(id.quartzName(), GROUP);
    }

    /** Stops firing; waits for fires in progress so none runs against a closed database. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("Quartz scheduler did not shut down cleanly: {}", e.toString());
        }
    }
}
