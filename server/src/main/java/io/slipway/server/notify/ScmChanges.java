package io.slipway.server.notify;

import io.slipway.agent.notify.Person;
import io.slipway.agent.notify.ScmChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commits between two builds, read with JGit from the job's mirror: reachable from this build's
 * commit and not from the earlier one, newest first, at most {@link #LIMIT}. A commit the mirror does not
 * have (history rewritten, mirror removed) gives no changes rather than an error.
 */
final class ScmChanges {

    static final int LIMIT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ScmChanges.class);

    private ScmChanges() {
    }

    /** Changes from {@code since} (exclusive; null means from the beginning) to {@code commit}. */
    static List<ScmChange> between(Path mirror, String since, String commit) {
        if (commit == null || !Files.isDirectory(mirror)) {
            return List.of();
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(mirror.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(commit)));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(since)));
            }
            List<ScmChange> changes = new ArrayList<>();
            for (RevCommit c : walk) {
                if (changes.size() >= LIMIT) {
                    break;
                }
                changes.add(new ScmChange(c.getName(), c.getShortMessage(), c.getAuthorIdent().getName(),
                        new Person(c.getCommitterIdent().getName(), c.getCommitterIdent().getEmailAddress())));
            }
            return changes;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read changes {}..{} in {}: {}", since, commit, mirror, e.toString());
            return List.of();
        }
    }
}
