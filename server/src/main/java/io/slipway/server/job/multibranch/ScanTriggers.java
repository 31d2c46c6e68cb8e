package io.slipway.server.job.multibranch;

import io.slipway.server.trigger.poll.CommitNotifications;
import io.slipway.server.trigger.schedule.TimerHandler;
import io.slipway.server.trigger.schedule.TimerId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes a multibranch project scan besides {@code POST /api/jobs/{name}/scan}: its periodic timer, and a
 * change notified for its repository ({@code /git/notifyCommit}, pushes).
 */
public final class ScanTriggers implements TimerHandler, CommitNotifications.RepositoryListener {

    private static final Logger LOG = LoggerFactory.getLogger(ScanTriggers.class);

    private final MultibranchProjects projects;

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

    /** Scans every project on {@code url} after a push to it, on the calling thread. */
    public void pushed(String url) {
        projects.projectsOn(url).forEach(name -> scanQuietly(name, "push"));
    }

    private void scanQuietly(String name, String reason) {
        try {
            projects.scan(name, reason);
        } catch (RuntimeException e) {
            LOG.error("scan of multibranch project '{}' ({}) failed", name, reason, e);
        }
    }
}
