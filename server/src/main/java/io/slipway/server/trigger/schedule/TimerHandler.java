package io.slipway.server.trigger.schedule;

import java.util.Optional;

/**
 * What {@link Timers} asks of the rest of the server: the spec a timer should have now (so a fire
 * re-arms with the newest settings, and a timer nobody wants any more stops), and what to do when it
 * fires. Called on Quartz's worker threads, possibly concurrently for different timers.
 */
public interface TimerHandler {

    /** The spec the timer should run on now; empty when the timer is no longer wanted. */
    Optional<String> currentSpec(TimerId id);

    /**
     * The timer fired.
     *
     * @param missed whether this fire stands for one or more fire times that passed while the server was down
     */
    void fire(TimerId id, boolean missed);
}
