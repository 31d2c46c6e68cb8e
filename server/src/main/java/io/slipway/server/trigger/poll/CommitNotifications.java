package io.slipway.server.trigger.poll;

import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.trigger.schedule.JobTriggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        String wanted = normalized(url);
        List<String> scheduled = new ArrayList<>();
        for (Job job : jobs.list()) {
            if (job.source() instanceof GitSource git && normalized(git.url()).equals(wanted)
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

    /** Whether two repository URLs name the same repository (scheme, user, {@code .git} and a trailing slash aside). */
    public static boolean sameRepository(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    static String normalized(String url) {
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
            int at = u.indexOf('@');
            int slash = u.indexOf('/');
            if (at >= 0 && (slash < 0 || at < slash)) {
                u = u.substring(at + 1);
            }
        } else if (u.matches("^[^/@]+@[^/:]+:.*")) {
            u = u.substring(u.indexOf('@') + 1).replaceFirst(":", "/");
        }
        u = withoutTrailingSlashes(u);
        if (u.endsWith(".git")) {
            u = withoutTrailingSlashes(u.substring(0, u.length() - 4));
        }
        return u.toLowerCase(Locale.ROOT);
    }

    private static String withoutTrailingSlashes(String u) {
        String result = u;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
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
