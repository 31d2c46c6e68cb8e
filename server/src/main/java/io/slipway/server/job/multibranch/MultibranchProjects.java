package io.slipway.server.job.multibranch;

import io.slipway.server.api.ApiException;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.store.BuildStore;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.JobRequest;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.SourceRevision;
import io.slipway.server.queue.TriggerRequest;
import io.slipway.server.scm.RepositoryMirror;
import io.slipway.server.trigger.RepositoryUrls;
import io.slipway.server.trigger.schedule.TimerId;
import io.slipway.server.trigger.schedule.TimerKind;
import io.slipway.server.trigger.schedule.Timers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multibranch projects: create, change, delete, and the branch scan. A scan lists the repository's heads
 * ({@code ls-remote}), reads the Jenkinsfile at each new or moved head through the project's
 * {@link RepositoryMirror}, adds a sub-job (and builds its head once) for a new branch that holds one,
 * builds a branch whose head moved, and retires (deletes, with its builds) the sub-job of a branch that is
 * gone or lost its Jenkinsfile. Scans of one project are serialized. Thread-safe.
 */
public final class MultibranchProjects {

    /** Jenkins' cause of a build a branch scan started. */
    public static final String INDEXING_CAUSE = "Branch indexing";
    /** Jenkins' cause of a build an SCM event (a push webhook, notifyCommit) started. */
    public static final String EVENT_CAUSE = "Branch event";
    private static final Logger LOG = LoggerFactory.getLogger(MultibranchProjects.class);
    private static final int MAX_JOB_NAME = 100;

    private final MultibranchStore store;
    private final JobService jobs;
    private final BuildQueue queue;
    private final RepositoryMirror mirror;
    private final Timers timers;
    private final BuildStore builds;
    private final BuildLogs logs;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** The collaborators, bundled. */
    public record Parts(MultibranchStore store, JobService jobs, BuildQueue queue, RepositoryMirror mirror, Timers timers,
            BuildStore builds, BuildLogs logs) {
    }

    public MultibranchProjects(Parts parts, Clock clock) {
        this.store = parts.store();
        this.jobs = parts.jobs();
        this.queue = parts.queue();
        this.mirror = parts.mirror();
        this.timers = parts.timers();
        this.builds = parts.builds();
        this.logs = parts.logs();
        this.clock = clock;
    }

    public Optional<MultibranchProject> find(String name) {
        return store.project(name);
    }

    public MultibranchProject get(String name) {
        return find(name).orElseThrow(() -> ApiException.notFound("multibranch project '" + name + "'"));
    }

    public List<MultibranchProject> list() {
        return store.projects();
    }

    /** When the project's periodic scan fires next, if its timer is armed. */
    public Optional<Instant> nextScan(String name) {
        return timers.armedAt(scanTimer(name));
    }

    public List<BranchRow> branches(String name) {
        return store.branches(name);
    }

    /** Stores a new project and scans it at once; 409 when a job or project has the name. */
    public MultibranchProject create(MultibranchRequest request) {
        if (jobs.find(request.name()).isPresent() || store.project(request.name()).isPresent()) {
            throw ApiException.conflict("job '" + request.name() + "' already exists");
        }
        Instant now = clock.instant();
        store.insert(new MultibranchProject(request.name(), request.description(), request.url(), request.scriptPath(),
                request.scanIntervalMinutes(), null, null, now));
        timers.arm(scanTimer(request.name()), Integer.toString(request.scanIntervalMinutes()));
        scan(request.name(), "created");
        return get(request.name());
    }

    /** Replaces a project's settings and rescans it. */
    public MultibranchProject update(MultibranchRequest request) {
        MultibranchProject old = get(request.name());
        store.update(new MultibranchProject(request.name(), request.description(), request.url(), request.scriptPath(),
                request.scanIntervalMinutes(), old.lastScanAt(), old.lastScanError(), old.createdAt()));
        timers.arm(scanTimer(request.name()), Integer.toString(request.scanIntervalMinutes()));
        synchronized (lock(request.name())) {
            // the branch jobs follow a changed repository URL or Jenkinsfile path
            for (BranchRow branch : store.branches(request.name())) {
                if (jobs.find(branch.jobName()).isPresent()) {
                    jobs.update(new JobRequest(branch.jobName(), "Branch " + branch.branch() + " of " + request.name(),
                            new GitSource(request.url(), branch.branch(), request.scriptPath())));
                }
            }
        }
        scan(request.name(), "changed");
        return get(request.name());
    }

    /** Deletes a project with every sub-job. */
    public void delete(String name) {
        synchronized (lock(name)) {
            get(name);
            for (BranchRow branch : store.branches(name)) {
                retire(branch);
            }
            store.delete(name);
            timers.disarm(scanTimer(name));
        }
    }

    /** The projects whose repository is {@code url} (the same repository in any URL form). */
    public List<String> projectsOn(String url) {
        return store.projects().stream().filter(p -> RepositoryUrls.same(p.repoUrl(), url))
                .map(MultibranchProject::name).toList();
    }

    /** Scans a project's branches now (see the class comment); a failing remote is recorded, not thrown. */
    public ScanResult scan(String name, String reason) {
        synchronized (lock(name)) {
            MultibranchProject project = get(name);
            List<String> added = new ArrayList<>();
            List<String> rebuilt = new ArrayList<>();
            List<String> retired = new ArrayList<>();
            List<String> without = new ArrayList<>();
            Map<String, String> heads;
            try {
                heads = heads(project.repoUrl());
            } catch (GitAPIException | RuntimeException e) {
                String error = "ls-remote " + project.repoUrl() + " failed: " + e.getMessage();
                store.scanned(name, clock.instant(), error);
                LOG.warn("scan of multibranch project '{}' failed: {}", name, error);
                return new ScanResult(added, rebuilt, retired, without, error);
            }
            // as Jenkins: a scan after an SCM event (a push, notifyCommit) builds with "Branch event"
            String cause = reason.equals("push") || reason.equals("notifyCommit") ? EVENT_CAUSE : INDEXING_CAUSE;
            Map<String, BranchRow> known = new LinkedHashMap<>();
            store.branches(name).forEach(b -> known.put(b.branch(), b));
            for (Map.Entry<String, String> head : heads.entrySet()) {
                String branch = head.getKey();
                BranchRow row = known.remove(branch);
                if (row != null && row.headSha().equals(head.getValue())) {
                    continue;
                }
                if (!holdsJenkinsfile(project, branch)) {
                    without.add(branch);
                    if (row != null) {
                        retire(row);
                        retired.add(branch);
                    }
                    continue;
                }
                if (row == null) {
                    if (addBranch(project, branch, head.getValue(), cause)) {
                        added.add(branch);
                    }
                } else {
                    store.moveHead(name, branch, head.getValue());
                    build(row.jobName(), branch, head.getValue(), cause);
                    rebuilt.add(branch);
                }
            }
            for (BranchRow gone : known.values()) {
                retire(gone);
                retired.add(gone.branch());
            }
            store.scanned(name, clock.instant(), null);
            LOG.info("scan of '{}' ({}): added {}, built {}, retired {}", name, reason, added, rebuilt, retired);
            return new ScanResult(added, rebuilt, retired, without, null);
        }
    }

    private boolean addBranch(MultibranchProject project, String branch, String head, String cause) {
        String job = BranchNames.subJob(project.name(), branch);
        if (job.length() > MAX_JOB_NAME) {
            LOG.warn("multibranch project '{}': branch '{}' skipped, its job name would exceed {} characters",
                    project.name(), branch, MAX_JOB_NAME);
            return false;
        }
        if (jobs.find(job).isEmpty()) {
            jobs.create(new JobRequest(job, "Branch " + branch + " of " + project.name(),
                    new GitSource(project.repoUrl(), branch, project.scriptPath())));
        }
        store.insertBranch(new BranchRow(project.name(), branch, job, head, clock.instant()));
        build(job, branch, head, cause);
        return true;
    }

    private void build(String job, String branch, String head, String cause) {
        try {
            queue.trigger(job, new TriggerRequest(Map.of(), cause, SourceRevision.branch(branch, head)));
        } catch (ApiException e) {
            LOG.warn("cannot build branch job '{}': {}", job, e.getMessage());
        }
    }

    /** Deletes a branch's sub-job with its builds and logs (as Jenkins' default orphaned-item strategy does). */
    private void retire(BranchRow branch) {
        if (jobs.find(branch.jobName()).isPresent()) {
            jobs.delete(branch.jobName());
        }
        // a branch created again later starts at build #1 again, so no old build may keep its number
        builds.newestFirst(branch.jobName(), 100_000).forEach(b -> logs.delete(b.jobName(), b.number()));
        builds.deleteAll(branch.jobName());
        store.deleteBranch(branch.project(), branch.branch());
    }

    private boolean holdsJenkinsfile(MultibranchProject project, String branch) {
        try {
            String head = mirror.fetchHead(project.name(), new GitSource(project.repoUrl(), branch, project.scriptPath()));
            mirror.read(project.name(), head, project.scriptPath());
            return true;
        } catch (ApiException e) {
            if (e.status() == 422 || e.status() == 400) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, String> heads(String url) throws GitAPIException {
        Map<String, String> heads = new LinkedHashMap<>();
        for (Ref ref : Git.lsRemoteRepository().setRemote(url).setHeads(true).setTimeout(30).call()) {
            if (ref.getName().startsWith(Constants.R_HEADS)) {
                heads.put(ref.getName().substring(Constants.R_HEADS.length()), ref.getObjectId().getName());
            }
        }
        return heads;
    }

    static TimerId scanTimer(String project) {
        return new TimerId(project, TimerKind.SCAN);
    }

    private Object lock(String name) {
        return locks.computeIfAbsent(name, k -> new Object());
    }
}
