package io.slipway.server.job.multibranch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlipwayTest
class MultibranchTest {

    private static final String JENKINSFILE = """
            pipeline {
                agent any
                stages { stage('build') { steps { echo "branch ${env.BRANCH_NAME}" } } }
            }
            """;

    @TempDir
    Path data;
    @TempDir
    Path repos;

    @Test
    void aProjectKeepsOneSubJobPerBranchWithAJenkinsfileAddsNewBranchesAndRetiresDeletedOnes() throws Exception {
        try (GitFixture repo = GitFixture.create(repos.resolve("app"));
                TestServer server = TestServer.start(data)) {
            String mainHead = repo.commit("first", Map.of("Jenkinsfile", JENKINSFILE));
            TestServer.Reply created = server.post("/api/jobs", Map.of("name", "mb", "kind", "multibranch",
                    "repository", Map.of("url", repo.url(), "scriptPath", "Jenkinsfile")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(branchNames(created.json())).containsExactly("main");
            assertThat(created.json().path("branches").get(0).path("job").asText()).isEqualTo("mb/main");
            assertThat(created.json().path("branches").get(0).path("head").asText()).isEqualTo(mainHead);

            JsonNode mainBuild = awaitEnd(server, "/api/jobs/mb/branches/main/builds/1");
            assertThat(mainBuild.path("status").asText()).isEqualTo("SUCCESS");
            assertThat(mainBuild.path("cause").asText()).isEqualTo("Branch indexing");
            assertThat(server.get("/api/jobs/mb/branches/main/builds/1/log").body()).contains("branch main");

            repo.branch("feature/login");
            repo.commit("login", Map.of("login.txt", "form"));
            repo.branch("docs");
            repo.dir().resolve("Jenkinsfile").toFile().delete();
            repo.commit("docs only", Map.of("README", "docs"));
            JsonNode scan = server.post("/api/jobs/mb/scan", "").json();
            assertThat(scan.path("scan").path("added").toString()).isEqualTo("[\"feature/login\"]");
            assertThat(scan.path("scan").path("withoutJenkinsfile").toString()).isEqualTo("[\"docs\"]");
            assertThat(branchNames(scan.path("project"))).containsExactly("feature/login", "main");
            assertThat(scan.path("project").path("branches").get(0).path("job").asText()).isEqualTo("mb/feature%2Flogin");

            // the sub-job's name in a URL is encoded once more, as in Jenkins: feature%2Flogin -> feature%252Flogin
            JsonNode featureBuild = awaitEnd(server, "/api/jobs/mb/branches/feature%252Flogin/builds/1");
            assertThat(featureBuild.path("status").asText()).isEqualTo("SUCCESS");
            assertThat(server.get("/api/jobs/mb/branches/feature%252Flogin/builds/1/log").body())
                    .contains("branch feature/login");

            try (Git git = Git.open(repo.dir().toFile())) {
                git.checkout().setName("main").call();
                git.branchDelete().setBranchNames("feature/login").setForce(true).call();
            }
            JsonNode retired = server.post("/api/jobs/mb/scan", "").json();
            assertThat(retired.path("scan").path("retired").toString()).isEqualTo("[\"feature/login\"]");
            assertThat(retired.path("scan").path("rebuilt")).isEmpty();
            assertThat(branchNames(server.get("/api/jobs/mb").json())).containsExactly("main");
            assertThat(server.get("/api/jobs/mb/branches/feature%252Flogin").status()).isEqualTo(404);
            assertThat(server.get("/api/jobs/mb/branches/main/builds").json()).hasSize(1);

            // a branch created again is a new sub-job whose history starts afresh
            repo.branch("feature/login");
            server.post("/api/jobs/mb/scan", "");
            assertThat(awaitEnd(server, "/api/jobs/mb/branches/feature%252Flogin/builds/1").path("status").asText())
                    .isEqualTo("SUCCESS");
        }
    }

    @Test
    void aMovedHeadIsBuiltOnTheNextScanAndDeletingTheProjectRemovesItsBranchJobs() {
        try (GitFixture repo = GitFixture.create(repos.resolve("moving"));
                TestServer server = TestServer.start(data)) {
            repo.commit("first", Map.of("Jenkinsfile", JENKINSFILE));
            server.post("/api/jobs", Map.of("name", "moving", "kind", "multibranch", "repository", Map.of("url", repo.url()),
                    "scanIntervalMinutes", 5));
            awaitEnd(server, "/api/jobs/moving/branches/main/builds/1");
            JsonNode project = server.get("/api/jobs/moving").json();
            assertThat(project.path("kind").asText()).isEqualTo("multibranch");
            assertThat(project.path("scanIntervalMinutes").asInt()).isEqualTo(5);
            assertThat(project.path("nextScanAt").isTextual()).isTrue();

            String second = repo.commit("second", Map.of("more.txt", "more"));
            JsonNode scan = server.post("/api/jobs/moving/scan", "").json();
            assertThat(scan.path("scan").path("rebuilt").toString()).isEqualTo("[\"main\"]");
            assertThat(awaitEnd(server, "/api/jobs/moving/branches/main/builds/2").path("commit").asText()).isEqualTo(second);

            TestServer.Reply changed = server.put("/api/jobs/moving", Map.of("kind", "multibranch",
                    "repository", Map.of("url", repo.url()), "scanIntervalMinutes", 10));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("scanIntervalMinutes").asInt()).isEqualTo(10);
            assertThat(branchNames(changed.json())).containsExactly("main");

            List<String> names = new ArrayList<>();
            server.get("/api/jobs").json().forEach(j -> names.add(j.path("name").asText()));
            assertThat(names).contains("moving").doesNotContain("moving/main");

            assertThat(server.delete("/api/jobs/moving").status()).isEqualTo(204);
            assertThat(server.get("/api/jobs/moving").status()).isEqualTo(404);
            // the branch jobs went with the project: a new project of that name starts its branches afresh
            server.post("/api/jobs", Map.of("name", "moving", "kind", "multibranch", "repository", Map.of("url", repo.url())));
            awaitEnd(server, "/api/jobs/moving/branches/main/builds/1");
            assertThat(server.get("/api/jobs/moving/branches/main/builds").json()).hasSize(1);
        }
    }

    @Test
    void aBranchJenkinsfileCanScheduleOnlyTheMainBranchThroughAnExpression() {
        String scheduled = """
                pipeline {
                    agent any
                    triggers { cron(env.BRANCH_NAME == 'main' ? 'H 2 * * *' : '') }
                    stages { stage('build') { steps { echo "branch ${env.BRANCH_NAME}" } } }
                }
                """;
        try (GitFixture repo = GitFixture.create(repos.resolve("nightly"));
                TestServer server = TestServer.start(data)) {
            repo.commit("first", Map.of("Jenkinsfile", scheduled));
            repo.branch("dev");
            repo.commit("dev", Map.of("dev.txt", "dev"));
            server.post("/api/jobs", Map.of("name", "nightly", "kind", "multibranch", "repository", Map.of("url", repo.url())));
            awaitEnd(server, "/api/jobs/nightly/branches/main/builds/1");
            awaitEnd(server, "/api/jobs/nightly/branches/dev/builds/1");
            JsonNode main = server.get("/api/jobs/nightly/branches/main").json().path("triggers");
            assertThat(main.path("cron").path("spec").asText()).isEqualTo("H 2 * * *");
            assertThat(main.path("cron").path("nextFireTimes")).hasSize(5);
            assertThat(server.get("/api/jobs/nightly/branches/dev").json().path("triggers").has("cron")).isFalse();
        }
    }

    @Test
    void aSignedPushThatCreatesOrDeletesABranchAddsOrRetiresItsJob() throws Exception {
        try (GitFixture repo = GitFixture.create(repos.resolve("pushed"));
                TestServer server = TestServer.start(data)) {
            repo.commit("first", Map.of("Jenkinsfile", JENKINSFILE));
            server.post("/api/jobs", Map.of("name", "pushed", "kind", "multibranch", "repository", Map.of("url", repo.url())));
            awaitEnd(server, "/api/jobs/pushed/branches/main/builds/1");
            assertThat(server.put("/api/webhooks/secrets", Map.of("repository", repo.url(), "secret", "multibranch-push-secret")).status())
                    .isEqualTo(204);

            repo.branch("feature/pay");
            String head = repo.commit("pay", Map.of("pay.txt", "pay"));
            TestServer.Reply created = pushWebhook(server, "{\"repository\":\"" + repo.url()
                    + "\",\"ref\":\"refs/heads/feature/pay\",\"commit\":\"" + head + "\",\"created\":true}");
            assertThat(created.status()).as(created.body()).isEqualTo(202);
            JsonNode build = awaitEnd(server, "/api/jobs/pushed/branches/feature%252Fpay/builds/1");
            assertThat(build.path("commit").asText()).isEqualTo(head);
            assertThat(build.path("cause").asText()).isEqualTo("Branch event");

            try (Git git = Git.open(repo.dir().toFile())) {
                git.checkout().setName("main").call();
                git.branchDelete().setBranchNames("feature/pay").setForce(true).call();
            }
            TestServer.Reply deleted = pushWebhook(server, "{\"repository\":\"" + repo.url()
                    + "\",\"ref\":\"refs/heads/feature/pay\",\"before\":\"" + head + "\",\"deleted\":true}");
            assertThat(deleted.status()).as(deleted.body()).isEqualTo(202);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (branchNames(server.get("/api/jobs/pushed").json()).size() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(branchNames(server.get("/api/jobs/pushed").json())).containsExactly("main");
        }
    }

    private static TestServer.Reply pushWebhook(TestServer server, String body) {
        return server.send(server.request("/webhooks/generic", null).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + io.slipway.server.trigger.webhook.Signatures.hmacHex("multibranch-push-secret",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aMultibranchProjectWithABranchOrPipelineIsRefusedNamingTheFields(TestServer server) {
        TestServer.Reply reply = server.post("/api/jobs", Map.of("name", "mb", "kind", "multibranch",
                "repository", Map.of("url", "file:///nowhere", "branch", "main"), "pipeline", "x"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("repository.branch").contains("pipeline");
    }

    private static List<String> branchNames(JsonNode project) {
        List<String> names = new ArrayList<>();
        project.path("branches").forEach(b -> names.add(b.path("branch").asText()));
        return names;
    }

    private static JsonNode awaitEnd(TestServer server, String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            TestServer.Reply reply = server.get(path);
            if (reply.status() == 200) {
                String status = reply.json().path("status").asText();
                if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                    return reply.json();
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no finished build at " + path + ": " + server.get(path).body());
    }
}
