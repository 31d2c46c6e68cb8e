package io.slipway.server.trigger.schedule;

import io.slipway.dsl.cron.CronSchedule;
import io.slipway.dsl.cron.JenkinsCron;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a timer does when it fires, and how its spec reads: {@code CRON} and {@code POLL} take a Jenkins
 * cron spec (with {@code H} hashed by the job's name), {@code SCAN} a number of minutes.
 */
public enum TimerKind {
    /** {@code triggers { cron(...) }}: a build, "Started by timer". */
    CRON,
    /** {@code triggers { pollSCM(...) }}: a poll of the job's repository. */
    POLL,
    /** The periodic branch scan of a multibranch project. */
    SCAN;

    /**
     * The first fire strictly after {@code after}'s minute (Jenkins fires at most once a minute), empty
     * when the spec never fires or does not parse.
     */
    public Optional<Instant> nextAfter(String job, String spec, Instant after, ZoneId zone) {
        Instant nextMinute = after.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        if (this == SCAN) {
            return Optional.of(after.plus(Duration.ofMinutes(Math.max(1, Integer.parseInt(spec.trim())))));
        }
        Optional<CronSchedule> schedule = JenkinsCron.parse(spec, Optional.of(job)).schedule();
        return schedule.flatMap(s -> s.next(nextMinute.atZone(zone), zone)).map(t -> t.toInstant());
    }
}
