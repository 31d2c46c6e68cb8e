package io.slipway.server.trigger.schedule;

import java.util.Objects;

/** One timer: a job (or multibranch project) and what the timer does for it. */
public record TimerId(String job, TimerKind kind) {

    public TimerId {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(kind, "kind");
    }

    /** Quartz's name for the timer's job and trigger (unique per job and kind). */
    String quartzName() {
        return kind + ":" + job;
    }
}
