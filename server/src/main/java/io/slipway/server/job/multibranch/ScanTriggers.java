package io.slipway.server.job.multibranch;

import io.slipway.server.trigger.poll.CommitNotifications;
import io.slipway.server.trigger.schedule.TimerHandler;
import io.slipway.server.trigger.schedule.TimerId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes a multibranch project scan besides {@code POST /api/jobs/{name}/scan}: its periodic timer, and a
 * change notified for its repository ({@code /git/notifyCommit}, pushes).
 */
public final class ScanTriggers implements TimerHandler, CommitNotifications.RepositoryListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScanTriggers.class);

    private final MultibranchProjects projects;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "branch-scan");
        thread.setDaemon(true);
        return thread;
    });

    public ScanTriggers(MultibranchProjects projects) {
        this.projects = projects;
    }

    @Override
    public Optional<String> currentSpec(TimerId id) {
        return projects.find(id.job()).map(p -> Integer.toString(p.scanIntervalMinutes()));
    }

    @Override
    public void fire(TimerId id, boolean missed) {
        projects.scan(id.job(), "timer");
    }

    @Override
    public List<String> changed(String url, Consumer<Runnable> async) {
        List<String> names = projects.projectsOn(url);
        names.forEach(name -> async.accept(() -> scanQuietly(name, "notifyCommit")));
        return names;
    }

    /**
     * A push to {@code url} (created, moved or deleted a branch): every project on it scans, on this class's
     * own thread, so the caller (a webhook delivery) is not held up.
     */
    public void pushed(String url) {
        projects.projectsOn(url).forEach(name -> pool.execute(() -> scanQuietly(name, "push")));
    }

    /** Stops taking pushes and waits (bounded, without interrupting: H2) for a scan in progress. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(40, TimeUnit.SECONDS)) {
                LOG.warn("a branch scan was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scanQuietly(String name, String reason) {
        try {
            projects.scan(name, reason);
        } catch (RuntimeException e) {
            LOG.error("scan of multibranch project '{}' ({}) failed", name, reason, e);
        }
    }
}
