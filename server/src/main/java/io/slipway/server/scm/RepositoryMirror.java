package io.slipway.server.scm;

import io.slipway.server.api.ApiException;
import io.slipway.server.job.GitSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A bare mirror of each Git job's repository under {@code repos/<job>.git} in the data folder: the
 * server fetches into it at trigger time to learn the commit to build and read the Jenkinsfile at
 * that commit, and workspaces fetch from it. One fetch per job at a time.
 */
public final class RepositoryMirror {

    private final Path root;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RepositoryMirror(Path dataDir) {
        this.root = dataDir.resolve("repos");
    }

    /** The mirror's folder, usable as a fetch URL. */
    public Path dir(String job) {
        return root.resolve(job + ".git");
    }

    /** Fetches the branch and returns its head commit; 400-style failure when the repository is unreachable. */
    public String fetchHead(String job, GitSource source) {
        synchronized (locks.computeIfAbsent(job, k -> new Object())) {
            try (Git git = open(job)) {
                String ref = "refs/heads/" + source.branch();
                git.fetch().setRemote(source.url()).setRefSpecs(new RefSpec("+" + ref + ":" + ref)).call();
                ObjectId head = git.getRepository().resolve(ref);
                if (head == null) {
                    throw ApiException.badField("repository.branch", "branch '" + source.branch() + "' not found in "
                            + source.url());
                }
                return head.getName();
            } catch (GitAPIException e) {
                throw new ApiException(422, "cannot fetch branch '" + source.branch() + "' of job '" + job + "' from "
                        + source.url() + ": " + e.getMessage(), java.util.List.of());
            } catch (IOException e) {
                throw new UncheckedIOException("git mirror of job " + job, e);
            }
        }
    }

    /**
     * Makes sure the mirror holds {@code ref} of {@code url} and {@code commit} (null: the ref's head),
     * fetching the ref ({@code refs/heads/x}, {@code refs/tags/v1}, {@code refs/pull/5/head},
     * {@code refs/merge-requests/5/head}, ...) only when the mirror does not have that commit under
     * that ref yet. Returns the full commit id; 422 when the ref or the commit is not in the repository.
     */
    public String fetchRef(String job, String url, String ref, String commit) {
        synchronized (locks.computeIfAbsent(job, k -> new Object())) {
            try (Git git = open(job)) {
                Repository repo = git.getRepository();
                ObjectId wanted = commit == null ? null : ObjectId.fromString(commit);
                ObjectId local = repo.resolve(ref);
                if (wanted == null || local == null || !contains(repo, local, wanted)) {
                    git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + ref + ":" + ref)).call();
                    local = repo.resolve(ref);
                }
                if (local == null) {
                    throw new ApiException(422, "ref '" + ref + "' not found in " + url, java.util.List.of());
                }
                if (wanted == null) {
                    return repo.parseCommit(local).getName();
                }
                if (!repo.getObjectDatabase().has(wanted)) {
                    throw new ApiException(422, "commit " + commit + " not found in '" + ref + "' of " + url,
                            java.util.List.of());
                }
                return wanted.getName();
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("commit", "'" + commit + "' is not a full commit id");
            } catch (GitAPIException e) {
                throw new ApiException(422, "cannot fetch '" + ref + "' of job '" + job + "' from " + url + ": "
                        + e.getMessage(), java.util.List.of());
            } catch (IOException e) {
                throw new UncheckedIOException("git mirror of job " + job, e);
            }
        }
    }

    /** Whether {@code wanted} is {@code tip} or one of its ancestors. */
    private static boolean contains(Repository repo, ObjectId tip, ObjectId wanted) throws IOException {
        if (tip.equals(wanted)) {
            return true;
        }
        if (!repo.getObjectDatabase().has(wanted)) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.isMergedInto(walk.parseCommit(wanted), walk.parseCommit(tip));
        }
    }

    /** The text of {@code path} at {@code commit}; 422 when the commit has no such file. */
    public String read(String job, String commit, String path) {
        try (Git git = open(job); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repo = git.getRepository();
            RevCommit revCommit = walk.parseCommit(repo.resolve(commit));
            try (TreeWalk tree = TreeWalk.forPath(repo, path, revCommit.getTree())) {
                if (tree == null) {
                    throw new ApiException(422, "job '" + job + "': no file '" + path + "' at commit "
                            + commit.substring(0, 12), java.util.List.of());
                }
                return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " at " + commit + " of job " + job, e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("git mirror of job " + job + " is broken: " + e.getMessage(), e);
        }
    }

    private Git open(String job) throws IOException, GitAPIException {
        Path dir = dir(job);
        if (Files.exists(dir.resolve("HEAD"))) {
            return Git.open(dir.toFile());
        }
        Files.createDirectories(dir);
        return Git.init().setBare(true).setDirectory(dir.toFile()).call();
    }
}
