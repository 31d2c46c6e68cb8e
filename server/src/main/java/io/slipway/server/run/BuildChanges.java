package io.slipway.server.run;

import io.slipway.agent.log.LogSink;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.scm.CommitRange;
import io.slipway.server.scm.RepositoryMirror;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The changes a build brings, for {@code when { changeset }} and {@code when { changelog }}: from the
 * commit of the previous successful build of the same Git ref (branch, tag, change request) to this
 * build's commit, read from the job's mirror the
 * first time a condition asks, then kept. A first build (no earlier success), an inline pipeline or a
 * commit the mirror no longer has means no changes, as a Jenkins build without a change set; the log
 * says which.
 */
final class BuildChanges {

    private final BuildHistory history;
    private final RepositoryMirror mirror;

    BuildChanges(BuildHistory history, RepositoryMirror mirror) {
        this.history = history;
        this.mirror = mirror;
    }

    /** A supplier that computes the build's changes once, on first use; thread-safe. */
    Supplier<CommitRange> lazily(Build build, Job job, LogSink log) {
        return new Supplier<>() {
            private CommitRange range;

            @Override
            public synchronized CommitRange get() {
                if (range == null) {
                    range = compute(build, job, log);
                }
                return range;
            }
        };
    }

    private CommitRange compute(Build build, Job job, LogSink log) {
        if (!(job.source() instanceof GitSource) || build.commit() == null) {
            return CommitRange.none();
        }
        var previous = history.previousSuccessful(build.job(), build.number(), build.ref())
                .filter(b -> b.commit() != null);
        if (previous.isEmpty()) {
            log.line("Changes: no earlier successful build" + (build.ref() == null ? "" : " of " + build.ref())
                    + ", so no change set");
            return CommitRange.none();
        }
        String from = previous.get().commit();
        try {
            CommitRange range = CommitRange.between(mirror.dir(job.name()), from, build.commit());
            log.line("Changes since build #" + previous.get().number() + " (" + shortId(from) + ".."
                    + shortId(build.commit()) + "): " + range.messages().size() + " commit(s), "
                    + range.paths().size() + " file(s)");
            return range;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            log.line("Changes: cannot read " + shortId(from) + ".." + shortId(build.commit()) + " ("
                    + e.getMessage() + "), so no change set");
            return CommitRange.none();
        }
    }

    private static String shortId(String commit) {
        return commit.length() > 8 ? commit.substring(0, 8) : commit;
    }
}
