package io.slipway.server.scm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * What changed between two commits of a job's mirror, as {@code when { changeset }} and
 * {@code when { changelog }} ask: the paths that differ between the two commits' trees (a rename
 * counts under its old and its new path) and the messages of the commits reachable from {@code to} but
 * not from {@code from}, newest first. Bounded: at most {@link #MAX_COMMITS} commits are read.
 */
public record CommitRange(String from, String to, List<String> paths, List<String> messages) {

    /** The most commits one range reads; a longer history is cut (the newest are kept). */
    public static final int MAX_COMMITS = 1_000;

    public CommitRange {
        paths = List.copyOf(paths);
        messages = List.copyOf(messages);
    }

    /** No changes at all (a first build, or one without a commit). */
    public static CommitRange none() {
        return new CommitRange(null, null, List.of(), List.of());
    }

    /** The changes from commit {@code from} to commit {@code to} in the bare repository at {@code gitDir}. */
    public static CommitRange between(Path gitDir, String from, String to) {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
                RevWalk walk = new RevWalk(repo)) {
            RevCommit start = walk.parseCommit(ObjectId.fromString(to));
            RevCommit base = walk.parseCommit(ObjectId.fromString(from));
            return new CommitRange(from, to, paths(repo, base, start), messages(walk, base, start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the changes " + from + ".." + to + " in " + gitDir, e);
        }
    }

    private static List<String> paths(Repository repo, RevCommit base, RevCommit start) throws IOException {
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            TreeSet<String> paths = new TreeSet<>();
            for (DiffEntry entry : diff.scan(base.getTree(), start.getTree())) {
                if (!entry.getOldPath().equals(DiffEntry.DEV_NULL)) {
                    paths.add(entry.getOldPath());
                }
                if (!entry.getNewPath().equals(DiffEntry.DEV_NULL)) {
                    paths.add(entry.getNewPath());
                }
            }
            return new ArrayList<>(paths);
        }
    }

    private static List<String> messages(RevWalk walk, RevCommit base, RevCommit start) throws IOException {
        walk.reset();
        walk.markStart(start);
        walk.markUninteresting(base);
        List<String> messages = new ArrayList<>();
        for (RevCommit commit : walk) {
            if (messages.size() >= MAX_COMMITS) {
                break;
            }
            messages.add(commit.getFullMessage());
        }
        return messages;
    }
}
