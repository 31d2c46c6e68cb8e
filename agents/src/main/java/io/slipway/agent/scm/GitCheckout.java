package io.slipway.agent.scm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Brings a working folder to one commit of a remote branch with JGit: initialises it when needed,
 * fetches the branch, and resets the working tree hard to the commit (untracked files stay, as with
 * Jenkins' default Git checkout). Not thread-safe per folder: one build uses a workspace at a time.
 */
public final class GitCheckout {

    private GitCheckout() {
    }

    /**
     * Fetches {@code branch} from {@code url} into {@code dir} and checks out {@code commit}, or the
     * branch's head when {@code commit} is null.
     *
     * @return the full id of the commit checked out
     */
    public static String checkout(String url, String branch, String commit, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Git git = open(dir)) {
                String ref = "refs/remotes/origin/" + branch;
                git.fetch().setRemote(url).setRefSpecs(new RefSpec("+refs/heads/" + branch + ":" + ref)).call();
                ObjectId target = commit != null ? git.getRepository().resolve(commit)
                        : git.getRepository().resolve(ref);
                if (target == null) {
                    throw new GitFailure("commit " + (commit != null ? commit : "of branch " + branch)
                            + " not found in " + url);
                }
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(target.getName()).call();
                return target.getName();
            }
        } catch (GitAPIException e) {
            throw new GitFailure("git checkout of " + url + " (" + branch + ") failed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("git checkout into " + dir + " failed", e);
        }
    }

    /**
     * Fetches any ref of {@code url} ({@code refs/heads/x}, {@code refs/tags/v1}, {@code refs/pull/5/head},
     * ...) into {@code dir} and checks out {@code commit}, or the ref's head when {@code commit} is null.
     * A branch lands in {@code refs/remotes/origin/}, any other ref under its own name.
     *
     * @return the full id of the commit checked out
     */
    public static String checkoutRef(String url, String ref, String commit, Path dir) {
        String heads = "refs/heads/";
        if (ref.startsWith(heads)) {
            return checkout(url, ref.substring(heads.length()), commit, dir);
        }
        try {
            Files.createDirectories(dir);
            try (Git git = open(dir)) {
                git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + ref + ":" + ref)).call();
                ObjectId target = git.getRepository().resolve(commit != null ? commit : ref);
                if (target == null) {
                    throw new GitFailure("commit " + (commit != null ? commit : "of " + ref) + " not found in " + url);
                }
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(target.getName()).call();
                return target.getName();
            }
        } catch (GitAPIException e) {
            throw new GitFailure("git checkout of " + url + " (" + ref + ") failed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("git checkout into " + dir + " failed", e);
        }
    }

    private static Git open(Path dir) throws IOException, GitAPIException {
        if (Files.isDirectory(dir.resolve(".git"))) {
            return Git.open(dir.toFile());
        }
        return Git.init().setDirectory(dir.toFile()).call();
    }

    /** A Git operation failed; the message names the repository and branch, never credentials. */
    public static final class GitFailure extends RuntimeException {
        public GitFailure(String message) {
            super(message);
        }
    }
}
