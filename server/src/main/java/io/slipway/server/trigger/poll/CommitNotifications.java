package io.slipway.server.trigger.poll;

import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.trigger.RepositoryUrls;
import io.slipway.server.trigger.schedule.JobTriggers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jenkins' {@code notifyCommit}: "something changed in this repository" makes every job on it that polls
 * (has a {@code pollSCM} trigger, whatever its schedule) poll now, and never builds directly; what the poll
 * finds decides. Polls run on a small pool, so the notification is answered at once. Thread-safe.
 */
public final class CommitNotifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommitNotifications.class);

    private final JobService jobs;
    private final JobTriggers triggers;
    private final ScmPoller poller;
    private final List<RepositoryListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "notify-commit");
        thread.setDaemon(true);
        return thread;
    });

    /** Someone else that reacts to a notified repository (multibranch scans); returns the names it acted for. */
    public interface RepositoryListener {
        List<String> changed(String url, Consumer<Runnable> async);
    }

    public CommitNotifications(JobService jobs, JobTriggers triggers, ScmPoller poller) {
        this.jobs = jobs;
        this.triggers = triggers;
        this.poller = poller;
    }

    public void addListener(RepositoryListener listener) {
        listeners.add(listener);
    }

    /** Schedules a poll of every polling job on {@code url}; returns their names (empty when none). */
    public List<String> notifyCommit(String url) {
        List<String> scheduled = new ArrayList<>();
        for (Job job : jobs.list()) {
            if (job.source() instanceof GitSource git && RepositoryUrls.same(git.url(), url)
                    && triggers.effective(job.name()).pollScm().isPresent()) {
                scheduled.add(job.name());
                pool.execute(() -> pollQuietly(job.name()));
            }
        }
        for (RepositoryListener listener : listeners) {
            scheduled.addAll(listener.changed(url, pool::execute));
        }
        return scheduled;
    }

    private void pollQuietly(String job) {
        try {
            poller.poll(job, "notifyCommit");
        } catch (RuntimeException e) {
            LOG.error("poll of job '{}' after notifyCommit failed", job, e);
        }
    }

    /**
     * Stops taking notifications and waits (bounded) for polls in progress. No interrupts: an interrupted
     * thread closes H2's file channel under the database.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(40, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("polls after notifyCommit still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
