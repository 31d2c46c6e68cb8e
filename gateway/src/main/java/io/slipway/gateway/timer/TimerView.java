package io.slipway.gateway.timer;

/**
 * One timer at one moment. {@code state}: RUNNING while a run is going on, PENDING when its next run
 * is due and has not started, WAITING until then. Times are in milliseconds, over the runs that have
 * ended; {@code finished} counts those that ended without error.
 */
public record TimerView(String name, String description, String owner, State state, int runningNow,
                        long runs, long finished, String lastError, double minMillis, double maxMillis,
                        double avgMillis, double varianceMillis, double totalMillis) {

    /** Kong's three states of a timer. */
    public enum State { RUNNING, PENDING, WAITING }
}
