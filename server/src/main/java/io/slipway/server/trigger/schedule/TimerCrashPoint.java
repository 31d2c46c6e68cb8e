package io.slipway.server.trigger.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one moment at which a server's death used to lose a timer until the next restart: after Quartz fired it,
 * before it was re-armed. A test that runs a server in a process of its own sets the system property
 * {@value #PROPERTY} to a job's name, and that process halts there (as {@code kill -9} would) when that job's
 * timer fires, so that the test sees another server recover the fire. Unset, as in every real server, it does
 * nothing; it is not a setting.
 */
final class TimerCrashPoint {

    /** The system property naming the job whose timer fire halts the process. */
    static final String PROPERTY = "slipway.test.haltBeforeTimerRearm";

    private static final Logger LOG = LoggerFactory.getLogger(TimerCrashPoint.class);

    private TimerCrashPoint() {
    }

    static void beforeRearm(TimerId id) {
        String job = System.getProperty(PROPERTY);
        if (job != null && job.equals(id.job())) {
            LOG.warn("halting before re-arming timer {} of job '{}' ({} is set)", id.kind(), id.job(), PROPERTY);
            Runtime.getRuntime().halt(137);
        }
    }
}
