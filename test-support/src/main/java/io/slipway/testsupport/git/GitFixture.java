package io.slipway.testsupport.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real local Git repository for tests, built with JGit: write files, commit, branch. Its
 * {@link #url()} is a {@code file://} URL that any Git client (JGit included) can clone.
 * Not thread-safe; one fixture per test.
 */
public final class GitFixture implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Slipway Test", "test@127.0.0.1");

    private final Path dir;
    private final Git git;

    private GitFixture(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    /** Creates an empty repository in {@code dir} whose first branch is {@code main}. */
    public static GitFixture create(Path dir) {
        try {
            Files.createDirectories(dir);
            return new GitFixture(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("git init " + dir + " failed", e);
        }
    }

    /** Writes a file (creating folders) in the working tree; call {@link #commit} to record it. */
    public GitFixture write(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every file of {@code files} and commits them in one commit; returns the commit id. */
    public String commit(String message, Map<String, String> files) {
        files.forEach(this::write);
        return commit(message);
    }

    /** Commits everything in the working tree; returns the full commit id. */
    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            RevCommit commit = git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR)
                    .setSign(false).call();
            return commit.getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException("git commit in " + dir + " failed", e);
        }
    }

    /**
     * Writes {@code files} and commits them as {@code name <email>} (author and committer), for tests of
     * who changed what (mail recipients from committers); returns the commit id.
     */
    public String commitAs(String name, String email, String message, Map<String, String> files) {
        files.forEach(this::write);
        try {
            PersonIdent person = new PersonIdent(name, email);
            git.add().addFilepattern(".").call();
            return git.commit().setMessage(message).setAuthor(person).setCommitter(person).setSign(false).call()
                    .getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException("git commit in " + dir + " failed", e);
        }
    }

    /** Creates {@code branch} at the current commit and checks it out. */
    public GitFixture branch(String branch) {
        try {
            git.checkout().setCreateBranch(true).setName(branch).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException("git checkout -b " + branch + " failed", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** A {@code file://} URL of this repository. */
    public String url() {
        return dir.toUri().toString();
    }

    @Override
    public void close() {
        git.close();
    }
}
