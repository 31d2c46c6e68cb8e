package io.slipway.server.queue;

import io.slipway.server.build.Build;
import io.slipway.server.build.BuildRecords;
import io.slipway.server.run.BuildControl;
import io.slipway.server.run.BuildRunner;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.store.BuildRow;
import io.slipway.server.store.BuildStore;
import io.slipway.server.store.ClusterStore;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes QUEUED builds, oldest first, and runs them on the local executor: a fixed pool of
 * {@code executors} threads. A build is claimed in the store (QUEUED to RUNNING, with this server's
 * id, under row locks: {@link ClusterStore#claim}) before it runs, so it runs once even when several
 * servers share the database; a build whose pipeline disables concurrent builds waits while another
 * build of its job runs on any server. Woken by triggers and finished builds, and every second as a
 * safety net (which is also how a server sees builds queued through another).
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final BuildStore store;
    private final ClusterStore cluster;
    private final String serverId;
    private final BuildRecords records;
    private final RunningBuilds running;
    private final BuildRunner runner;
    private final Clock clock;
    private final int executors;
    private final ExecutorService pool;
    private final AtomicInteger busy = new AtomicInteger();
    private final Object signal = new Object();
    private final Thread loop;
    private volatile boolean stopped;
    private volatile ClaimFilter filter = () -> (job, number) -> true;
    private volatile boolean paused;
    private boolean woken;

    public Dispatcher(BuildStore store, ClusterStore cluster, String serverId, BuildRecords records,
            RunningBuilds running, BuildRunner runner, int executors, Clock clock) {
        this.store = store;
        this.cluster = cluster;
        this.serverId = serverId;
        this.records = records;
        this.running = running;
        this.runner = runner;
        this.executors = executors;
        this.clock = clock;
        AtomicInteger ids = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(executors, r -> new Thread(r, "executor-" + ids.incrementAndGet()));
        this.loop = new Thread(this::loop, "dispatcher");
        this.loop.setDaemon(true);
    }

    public void start() {
        loop.start();
    }

    /** Asks the dispatcher to look at the queue now. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                dispatchQueued();
                long waitMillis = untilNextDue();
                synchronized (signal) {
                    if (!woken) {
                        signal.wait(waitMillis);
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("dispatcher pass failed; retrying", e);
                sleepQuietly();
            }
        }
    }

    /**
     * Claims only the queued builds {@code filter} allows (remote agents: a build waiting for an agent label is
     * claimed only by a server with a matching agent); every build by default.
     */
    public void claimOnly(ClaimFilter filter) {
        this.filter = filter;
    }

    /**
     * Stops (or resumes) claiming queued builds; the server's lease pauses claims while this server cannot
     * reach the database for longer than its lease, or another process holds its id.
     */
    public void pauseClaims(boolean pause) {
        this.paused = pause;
        if (!pause) {
            wake();
        }
    }

    /** Which queued builds this server may claim now; asked once per dispatcher pass. */
    @FunctionalInterface
    public interface ClaimFilter {
        /** The test for this pass's queued builds (job, number). */
        java.util.function.BiPredicate<String, Integer> forThisPass();
    }

    private void dispatchQueued() {
        if (paused) {
            return;
        }
        java.util.function.BiPredicate<String, Integer> allowed = filter.forThisPass();
        for (BuildRow row : store.queuedDue(clock.instant())) {
            if (stopped || busy.get() >= executors) {
                return;
            }
            if (!allowed.test(row.jobName(), row.number())) {
                continue;
            }
            boolean exclusive = store.isExclusive(row.jobName(), row.number());
            if (exclusive && running.anyOf(row.jobName())) {
                continue;
            }
            if (!cluster.claim(row.jobName(), row.number(), exclusive, clock.instant(), serverId)) {
                continue;
            }
            Build build = records.toBuild(store.find(row.jobName(), row.number()).orElseThrow());
            BuildControl control = running.register(build.job(), build.number());
            busy.incrementAndGet();
            pool.execute(() -> runClaimed(build, control));
        }
    }

    private void runClaimed(Build build, BuildControl control) {
        control.enter();
        try {
            runner.run(build, control);
        } catch (RuntimeException e) {
            LOG.error("build {} #{} failed outside the runner", build.job(), build.number(), e);
        } finally {
            control.leave();
            Thread.interrupted();
            running.remove(build.job(), build.number());
            busy.decrementAndGet();
            wake();
        }
    }

    /** Up to a second, less when a queued build's quiet period ends sooner. */
    private long untilNextDue() {
        java.time.Instant now = clock.instant();
        return store.nextDue(now).stream().findFirst()
                .map(due -> Math.max(1L, Math.min(1000L, java.time.Duration.between(now, due).toMillis() + 1)))
                .orElse(1000L);
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking builds, aborts the running ones and waits briefly for them to record it. */
    @Override
    public void close() {
        stopped = true;
        loop.interrupt();
        running.abortAll("server stopped");
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
