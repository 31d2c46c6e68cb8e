package io.slipway.gateway.timer;

/**
 * What one named timer has done: how many runs started and finished without error, how long they
 * took, the last error, whether a run is going on now and when the next one is due. The owner
 * reports each run through {@link #wrap} (a task run on its own thread) or {@link #start} (work that
 * ends later, on another thread). Thread-safe; the counters change under this object's lock, so a
 * view is consistent; background tasks run at most a few times a second, so it is never contended.
 */
public final class TimerStats {

    private final String name;
    private final String description;
    private final String owner;
    private final long intervalNanos;
    private int running;
    private long runs;
    private long finished;
    private double minMillis = Double.NaN;
    private double maxMillis;
    private double sumMillis;
    private double sumSquares;
    private String lastError = "";
    private volatile long nextDue;

    TimerStats(String name, String description, String owner, long intervalMillis) {
        this.name = name;
        this.description = description;
        this.owner = owner;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.nextDue = System.nanoTime() + intervalNanos;
    }

    public String name() {
        return name;
    }

    boolean describes(String otherDescription, long otherIntervalMillis) {
        return description.equals(otherDescription) && intervalNanos == otherIntervalMillis * 1_000_000L;
    }

    /** The task wrapped so that each of its runs is counted; a failure is recorded and thrown on. */
    public Runnable wrap(Runnable task) {
        return () -> {
            Run run = start();
            try {
                task.run();
                run.finish(null);
            } catch (RuntimeException | Error e) {
                run.finish(e);
                throw e;
            }
        };
    }

    /** Marks a run as started now; the caller must {@link Run#finish} it exactly once. */
    public Run start() {
        synchronized (this) {
            running++;
            runs++;
        }
        return new Run(System.nanoTime());
    }

    /** One run in progress. */
    public final class Run {
        private final long startNanos;

        private Run(long startNanos) {
            this.startNanos = startNanos;
        }

        /** Ends the run; {@code error} is null on success, else its class and message become the last error. */
        public void finish(Throwable error) {
            end(error == null ? null : error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage()));
        }

        /** Ends the run as failed, with {@code reason} as the last error. */
        public void fail(String reason) {
            end(reason);
        }

        private void end(String error) {
            long now = System.nanoTime();
            double millis = (now - startNanos) / 1e6;
            synchronized (TimerStats.this) {
                if (error == null) {
                    finished++;
                } else {
                    lastError = error;
                }
                minMillis = Double.isNaN(minMillis) ? millis : Math.min(minMillis, millis);
                maxMillis = Math.max(maxMillis, millis);
                sumMillis += millis;
                sumSquares += millis * millis;
                nextDue = now + intervalNanos;
                running--;
            }
        }
    }

    /** A consistent copy of the counters, as {@code GET /timers} shows them. */
    public synchronized TimerView view(long nowNanos) {
        int now = running;
        long ended = runs - now;
        double avg = ended == 0 ? 0 : sumMillis / ended;
        double variance = ended == 0 ? 0 : Math.max(0, sumSquares / ended - avg * avg);
        TimerView.State state = now > 0 ? TimerView.State.RUNNING
                : nowNanos - nextDue >= 0 ? TimerView.State.PENDING : TimerView.State.WAITING;
        return new TimerView(name, description, owner, state, now, runs, finished, lastError,
                Double.isNaN(minMillis) ? 0 : minMillis, maxMillis, avg, variance, sumMillis);
    }
}
