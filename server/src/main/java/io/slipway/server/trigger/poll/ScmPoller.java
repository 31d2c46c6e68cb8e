package io.slipway.server.trigger.poll;

import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobListener;
import io.slipway.server.job.JobService;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.QuietPeriod;
import io.slipway.server.queue.SourceRevision;
import io.slipway.server.queue.TriggerRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a job's repository: one {@code ls-remote} of its heads; when the job's branch points at a commit
 * polling has not seen (nor a build of the job built), queues one build of it, "Started by an SCM change".
 * A job never polled and never built builds once, as Jenkins does. Every poll is logged (bounded per job);
 * a failing remote backs off exponentially (1 min doubling to 1 h) and polls in that window are logged as
 * {@code BACKING_OFF} without touching the remote. Thread-safe; polls of one job are serialized.
 */
public final class ScmPoller implements JobListener {

    /** Jenkins' cause text for a build found by polling ({@code SCMTrigger.SCMTriggerCause}). */
    public static final String CAUSE = "Started by an SCM change";
    static final int KEPT_ENTRIES = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ScmPoller.class);

    private final JobService jobs;
    private final BuildQueue queue;
    private final BuildHistory history;
    private final PollStore store;
    private final Clock clock;
    private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public ScmPoller(JobService jobs, BuildQueue queue, BuildHistory history, PollStore store, Clock clock) {
        this.jobs = jobs;
        this.queue = queue;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** Polls the job now (unless its remote is backing off) and returns what the log recorded. */
    public PollEntry poll(String jobName, String reason) {
        synchronized (locks.computeIfAbsent(jobName, k -> new Object())) {
            Instant now = clock.instant();
            Optional<Job> job = jobs.find(jobName);
            if (job.isEmpty() || !(job.get().source() instanceof GitSource git)) {
                return record(jobName, now, reason, "NOT_POLLABLE", "", "the job has no Git repository to poll", null);
            }
            Backoff backoff = backoffs.getOrDefault(jobName, Backoff.NONE);
            if (backoff.blocks(now)) {
                return record(jobName, now, reason, "BACKING_OFF", "", "the remote failed " + backoff.failures()
                        + " time(s) in a row; next attempt not before " + backoff.notBefore(), null);
            }
            String ref = "refs/heads/" + git.branch();
            Optional<String> remote;
            try {
                remote = lsRemote(git.url(), ref);
            } catch (GitAPIException | RuntimeException e) {
                Backoff next = backoff.failedAt(now);
                backoffs.put(jobName, next);
                LOG.warn("polling job '{}' failed ({} in a row), backing off {} s: {}", jobName, next.failures(),
                        next.waitFrom(now).toSeconds(), e.getMessage());
                return record(jobName, now, reason, "FAILED", "", "ls-remote " + git.url() + " failed: "
                        + e.getMessage() + " (failure " + next.failures() + " in a row; backing off "
                        + next.waitFrom(now).toSeconds() + " s)", null);
            }
            backoffs.remove(jobName);
            if (remote.isEmpty()) {
                return record(jobName, now, reason, "NO_CHANGES", "", "no branch '" + git.branch() + "' in "
                        + git.url(), null);
            }
            String commit = remote.get();
            String seen = ref + "=" + commit;
            Optional<String> known = store.head(jobName, ref)
                    .or(() -> history.newestFirst(jobName, 1).stream().map(Build::commit).filter(c -> c != null)
                            .findFirst());
            if (known.isPresent() && known.get().equals(commit)) {
                store.putHead(jobName, ref, commit, now);
                return record(jobName, now, reason, "NO_CHANGES", seen, null, null);
            }
            Build build;
            try {
                // as Jenkins' queue: a poll build still waiting in the queue takes the newer commit instead
                build = queue.enqueue(jobName, new TriggerRequest(Map.of(), CAUSE,
                        SourceRevision.branch(git.branch(), commit)), QuietPeriod.NONE).build();
            } catch (RuntimeException e) {
                return record(jobName, now, reason, "FAILED", seen, "new commit, but the build could not be queued: "
                        + e.getMessage(), null);
            }
            store.putHead(jobName, ref, commit, now);
            return record(jobName, now, reason, "NEW_COMMIT", seen, known.map(k -> "was " + k).orElse(
                    "first poll of a job without builds"), build.number());
        }
    }

    /** The newest entries of a job's poll log. */
    public List<PollEntry> log(String jobName, int limit) {
        return store.newestFirst(jobName, limit);
    }

    /** The backoff state of a job: failures in a row and the earliest next attempt, if failing. */
    public Optional<Backoff> backoff(String jobName) {
        return Optional.ofNullable(backoffs.get(jobName));
    }

    /** The last seen commit of the job's branch. */
    public Optional<String> lastSeen(String jobName, String branch) {
        return store.head(jobName, "refs/heads/" + branch);
    }

    /** Forgets a deleted job's heads, log and backoff. */
    @Override
    public void deleted(String jobName) {
        store.forgetHeads(jobName);
        store.forgetLog(jobName);
        backoffs.remove(jobName);
    }

    private static Optional<String> lsRemote(String url, String ref) throws GitAPIException {
        Collection<Ref> refs = Git.lsRemoteRepository().setRemote(url).setHeads(true).setTimeout(30).call();
        return refs.stream().filter(r -> r.getName().equals(ref)).map(r -> r.getObjectId().getName()).findFirst();
    }

    private PollEntry record(String job, Instant at, String reason, String outcome, String commits, String message,
            Integer build) {
        PollEntry entry = new PollEntry(0, job, at, reason, outcome, commits, message, build);
        store.log(entry);
        store.trim(job, KEPT_ENTRIES);
        return entry;
    }
}
