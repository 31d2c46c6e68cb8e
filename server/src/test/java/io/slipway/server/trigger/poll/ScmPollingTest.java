package io.slipway.server.trigger.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCM polling against a real local Git repository: polls are started through Jenkins' notifyCommit (the
 * same poll a pollSCM timer runs), so the test needs no wall-clock schedule.
 */
class ScmPollingTest {

    private static final String PIPELINE = """
            pipeline {
                agent any
                triggers { pollSCM('H/5 * * * *') }
                stages { stage('build') { steps { echo "building ${env.GIT_COMMIT}" } } }
            }
            """;

    @TempDir
    Path data;
    @TempDir
    Path repos;

    @Test
    void aNewCommitBuildsExactlyThatCommitAndAnUnchangedRemoteBuildsNothing() {
        try (GitFixture repo = GitFixture.create(repos.resolve("app"));
                TestServer server = TestServer.start(data)) {
            String first = repo.commit("first", Map.of("Jenkinsfile", PIPELINE));
            createJob(server, repo);
            // first poll of a job that never built: builds once, as Jenkins does
            JsonNode initial = pollUntil(server, repo, p -> p.path("outcome").asText().equals("NEW_COMMIT"));
            assertThat(server.awaitEnd("app", initial.path("build").asInt()).path("commit").asText()).isEqualTo(first);

            JsonNode unchanged = pollUntil(server, repo, p -> !p.path("outcome").asText().equals("NEW_COMMIT"));
            assertThat(unchanged.path("outcome").asText()).isEqualTo("NO_CHANGES");
            assertThat(unchanged.path("commits").get(0).asText()).isEqualTo("refs/heads/main=" + first);
            assertThat(server.get("/api/jobs/app/builds").json()).hasSize(1);

            String second = repo.commit("second", Map.of("README", "changed"));
            JsonNode found = pollUntil(server, repo, p -> p.path("commits").toString().contains(second));
            assertThat(found.path("outcome").asText()).isEqualTo("NEW_COMMIT");
            JsonNode build = server.awaitEnd("app", found.path("build").asInt());
            assertThat(build.path("commit").asText()).isEqualTo(second);
            assertThat(build.path("cause").asText()).isEqualTo("Started by an SCM change");
            assertThat(server.log("app", build.path("number").asInt())).contains("building " + second);
            assertThat(server.get("/api/jobs/app/polling").json().path("lastSeenCommit").asText()).isEqualTo(second);
        }
    }

    @Test
    void aVanishedRemoteIsLoggedAndBackedOffWithoutBuilding() throws IOException {
        try (GitFixture repo = GitFixture.create(repos.resolve("gone"));
                TestServer server = TestServer.start(data)) {
            repo.commit("first", Map.of("Jenkinsfile", PIPELINE));
            createJob(server, repo, "gone");
            pollUntil(server, repo, "gone", p -> p.path("outcome").asText().equals("NEW_COMMIT"));
            server.awaitEnd("gone", 1);
            deleteTree(repo.dir());

            JsonNode failed = pollUntil(server, repo, "gone", p -> p.path("outcome").asText().equals("FAILED"));
            assertThat(failed.path("error").asText()).contains("ls-remote").contains("backing off 60 s");
            JsonNode skipped = pollUntil(server, repo, "gone", p -> !p.path("outcome").asText().equals("FAILED"));
            assertThat(skipped.path("outcome").asText()).isEqualTo("BACKING_OFF");
            JsonNode polling = server.get("/api/jobs/gone/polling").json();
            assertThat(polling.path("backoff").path("failuresInARow").asInt()).isEqualTo(1);
            assertThat(server.get("/api/jobs/gone/builds").json()).hasSize(1);
        }
    }

    @Test
    void notifyCommitNeedsNoTokenAndNamesTheJobsItMadePoll() {
        try (GitFixture repo = GitFixture.create(repos.resolve("named"));
                TestServer server = TestServer.start(data)) {
            repo.commit("first", Map.of("Jenkinsfile", PIPELINE));
            createJob(server, repo, "named");
            TestServer.Reply reply = server.send(server.request("/git/notifyCommit?url="
                    + URLEncoder.encode(repo.url() + ".git", StandardCharsets.UTF_8), null).GET());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("Scheduled polling of named\n");
            TestServer.Reply none = server.send(server.request("/git/notifyCommit?url=file:///nowhere", null)
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(none.status()).as(none.body()).isEqualTo(200);
            assertThat(none.body()).startsWith("No git jobs using repository: file:///nowhere");
        }
    }

    private static void createJob(TestServer server, GitFixture repo) {
        createJob(server, repo, "app");
    }

    private static void createJob(TestServer server, GitFixture repo, String name) {
        // the Jenkinsfile's pollSCM counts once a build read it; the job's settings count at once
        TestServer.Reply reply = server.post("/api/jobs", Map.of("name", name,
                "repository", Map.of("url", repo.url(), "branch", "main"),
                "triggers", Map.of("pollSCM", "H/5 * * * *")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static JsonNode pollUntil(TestServer server, GitFixture repo, Predicate<JsonNode> wanted) {
        return pollUntil(server, repo, "app", wanted);
    }

    /** Notifies a commit, then waits (bounded) for a new poll log entry; returns the first one that is wanted. */
    private static JsonNode pollUntil(TestServer server, GitFixture repo, String job, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            int before = server.get("/api/jobs/" + job + "/polling").json().path("polls").size();
            server.send(server.request("/git/notifyCommit?url=" + URLEncoder.encode(repo.url(), StandardCharsets.UTF_8),
                    null).GET());
            JsonNode newest = awaitEntry(server, job, before);
            if (wanted.test(newest)) {
                return newest;
            }
        }
        throw new AssertionError("no wanted poll of " + job + ": " + server.get("/api/jobs/" + job + "/polling").body());
    }

    private static JsonNode awaitEntry(TestServer server, String job, int before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode polls = server.get("/api/jobs/" + job + "/polling").json().path("polls");
            if (polls.size() > before || polls.size() == ScmPoller.KEPT_ENTRIES) {
                return polls.get(0);
            }
            pause();
        }
        throw new AssertionError("no poll of " + job + " was logged");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
