package io.slipway.server.trigger.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks from each provider, with payloads shaped like the providers' documented examples (their
 * repository addresses are this test's local repository; nothing is resolved or fetched), sent over
 * real HTTP to a real server with a real Git repository: the pushed commit is the one built, a
 * redelivery starts nothing, a bad or missing signature starts nothing and is recorded.
 */
@SlipwayTest
class WebhooksTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Show') {
                        steps {
                            echo "branch=${env.BRANCH_NAME} commit=${env.GIT_COMMIT} change=${env.CHANGE_ID}"
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dir;
    TestServer server;
    GitFixture git;
    String url;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        git = GitFixture.create(dir.resolve("repo"));
        git.commit("pipeline", Map.of("Jenkinsfile", PIPELINE));
        url = git.url();
    }

    @AfterEach
    void stop() {
        git.close();
    }

    @Test
    void githubsDocumentedTestVectorVerifies() {
        assertThat(Signatures.hmacHex(SECRET, "Hello, World!".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    }

    @Test
    void aGithubPushBuildsThePushedCommitAndARedeliveryStartsNothing() {
        createJob("app", "main", SECRET);
        String before = head();
        String pushed = git.commit("change", Map.of("README.md", "v2\n"));
        String body = githubPush("refs/heads/main", before, pushed);
        String delivery = UUID.randomUUID().toString();

        var first = send("github", body, Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", delivery,
                "X-Hub-Signature-256", "sha256=" + Signatures.hmacHex(SECRET, bytes(body))));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("builds").get(0).asText()).isEqualTo("app#1");
        JsonNode build = server.awaitEnd("app", 1);
        assertThat(build.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(build.path("commit").asText()).isEqualTo(pushed);
        assertThat(build.path("cause").asText()).isEqualTo("Started by GitHub push to refs/heads/main");
        assertThat(server.log("app", 1)).contains("branch=main commit=" + pushed);

        var again = send("github", body, Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", delivery,
                "X-Hub-Signature-256", "sha256=" + Signatures.hmacHex(SECRET, bytes(body))));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("outcome").asText()).isEqualTo("duplicate");
        assertThat(server.get("/api/jobs/app/builds").json()).hasSize(1);
        JsonNode deliveries = server.get("/api/webhooks/deliveries").json();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).path("delivery").asText()).isEqualTo(delivery);
        assertThat(deliveries.get(0).path("outcome").asText()).isEqualTo("accepted");
        assertThat(deliveries.get(0).path("builds").get(0).asText()).isEqualTo("app#1");
    }

    @Test
    void aBadOrMissingSignatureStartsNothingAndIsRecorded() {
        createJob("app", "main", SECRET);
        String body = githubPush("refs/heads/main", head(), head());
        var wrong = send("github", body, Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-1",
                "X-Hub-Signature-256", "sha256=" + Signatures.hmacHex("not the secret", bytes(body))));
        var missing = send("github", body, Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-2"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("message").asText()).isEqualTo("the signature does not match");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("message").asText()).isEqualTo("the signature is missing");
        assertThat(server.get("/api/jobs/app/builds").json()).isEmpty();
        assertThat(server.get("/api/webhooks/deliveries?outcome=unauthorized").json()).hasSize(2);
        assertThat(server.get("/api/jobs/app").body()).doesNotContain(SECRET).contains("\"secretConfigured\":true");
    }

    @Test
    void aPushToABranchTheJobDoesNotBuildStartsNothing() {
        createJob("app", "main", SECRET);
        String body = githubPush("refs/heads/feature/x", head(), head());
        var reply = send("github", body, signedGithub("push", body));
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("outcome").asText()).isEqualTo("no-match");
        assertThat(server.get("/api/jobs/app/builds").json()).isEmpty();
    }

    @Test
    void aGithubPingIsAnsweredPong() {
        createJob("app", "main", SECRET);
        String body = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1,\"repository\":{\"clone_url\":\"" + url + "\"}}";
        var reply = send("github", body, signedGithub("ping", body));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("outcome").asText()).isEqualTo("pong");
    }

    @Test
    void aGitlabPushWithItsTokenBuilds() {
        createJob("app", "main", SECRET);
        String before = head();
        String pushed = git.commit("change", Map.of("README.md", "gitlab\n"));
        String body = """
                {"object_kind":"push","event_name":"push","before":"%s","after":"%s","ref":"refs/heads/main",
                 "checkout_sha":"%s","user_name":"John Smith","project":{"name":"app","git_http_url":"%s",
                 "git_ssh_url":"git@127.0.0.1:mike/app.git"},"commits":[],"total_commits_count":1,
                 "repository":{"name":"app","git_http_url":"%s"}}
                """.formatted(before, pushed, pushed, url, url);
        var reply = send("gitlab", body, Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", SECRET,
                "X-Gitlab-Event-UUID", UUID.randomUUID().toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(server.awaitEnd("app", 1).path("commit").asText()).isEqualTo(pushed);
    }

    @Test
    void aGitlabMergeRequestBuildsItsHeadWithTheChangeVariables() throws Exception {
        createJob("app", "main", SECRET);
        String base = head();
        String mrHead = git.commit("proposal", Map.of("README.md", "merge me\n"));
        try (Git repo = Git.open(git.dir().toFile())) {
            var update = repo.getRepository().updateRef("refs/merge-requests/7/head");
            update.setNewObjectId(repo.getRepository().resolve(mrHead));
            update.forceUpdate();
            repo.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(base).call();
        }
        String body = """
                {"object_kind":"merge_request","event_type":"merge_request","user":{"name":"Administrator",
                 "username":"root","email":"admin@example.com"},"project":{"git_http_url":"%s"},
                 "object_attributes":{"iid":7,"target_branch":"main","source_branch":"ms-viewport","title":"MS-Viewport",
                 "url":"http://127.0.0.1/root/app/-/merge_requests/7","action":"open","last_commit":{"id":"%s"},
                 "source":{"path_with_namespace":"root/app"},"target":{"path_with_namespace":"root/app"}}}
                """.formatted(url, mrHead);
        var reply = send("gitlab", body, Map.of("X-Gitlab-Event", "Merge Request Hook", "X-Gitlab-Token", SECRET));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode build = server.awaitEnd("app", 1);
        assertThat(build.path("status").asText()).as(server.log("app", 1)).isEqualTo("SUCCESS");
        assertThat(build.path("commit").asText()).isEqualTo(mrHead);
        assertThat(server.log("app", 1)).contains("branch=MR-7 commit=" + mrHead + " change=7");
    }

    @Test
    void aGiteaPushSignedAsGiteaSignsBuilds() {
        createJob("app", "main", SECRET);
        String pushed = git.commit("change", Map.of("README.md", "gitea\n"));
        String body = """
                {"ref":"refs/heads/main","before":"%s","after":"%s","compare_url":"","commits":[],
                 "repository":{"full_name":"gitea/app","clone_url":"%s","ssh_url":"git@127.0.0.1:gitea/app.git"},
                 "pusher":{"login":"gitea"}}
                """.formatted("0".repeat(40).replace('0', '1'), pushed, url);
        var reply = send("gitea", body, Map.of("X-Gitea-Event", "push", "X-Gitea-Delivery", UUID.randomUUID().toString(),
                "X-Gitea-Signature", Signatures.hmacHex(SECRET, bytes(body))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(server.awaitEnd("app", 1).path("commit").asText()).isEqualTo(pushed);
    }

    @Test
    void aBitbucketCloudPushBuilds() {
        createJob("app", "main", SECRET);
        String pushed = git.commit("change", Map.of("README.md", "bitbucket\n"));
        String body = """
                {"actor":{"display_name":"Emma"},"repository":{"full_name":"team/app","links":{
                 "html":{"href":"%s"}}},"push":{"changes":[{"new":{"type":"branch","name":"main",
                 "target":{"hash":"%s"}},"old":{"type":"branch","name":"main","target":{"hash":"%s"}},
                 "created":false,"closed":false}]}}
                """.formatted(url, pushed, "2".repeat(40));
        var reply = send("bitbucket", body, Map.of("X-Event-Key", "repo:push", "X-Request-UUID", UUID.randomUUID().toString(),
                "X-Hub-Signature", "sha256=" + Signatures.hmacHex(SECRET, bytes(body))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(server.awaitEnd("app", 1).path("commit").asText()).isEqualTo(pushed);
    }

    @Test
    void aServerWideRepositorySecretAuthorisesTheGenericWebhook() {
        createJob("app", "main", null);
        assertThat(server.put("/api/webhooks/secrets", Map.of("repository", url, "secret", "repository-secret"))
                .status()).isEqualTo(204);
        String pushed = git.commit("change", Map.of("README.md", "generic\n"));
        String body = "{\"repository\":\"" + url + "\",\"ref\":\"main\",\"commit\":\"" + pushed + "\"}";
        var reply = send("generic", body, Map.of("X-Hub-Signature-256",
                "sha256=" + Signatures.hmacHex("repository-secret", bytes(body))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(server.awaitEnd("app", 1).path("commit").asText()).isEqualTo(pushed);
        assertThat(server.get("/api/webhooks/secrets").body()).doesNotContain("repository-secret");
    }

    @Test
    void pushesWithinTheQuietPeriodMergeIntoOneBuildOfTheNewestCommit() {
        var created = server.post("/api/jobs", Map.of("name", "app", "repository", Map.of("url", url, "branch", "main"),
                "webhook", Map.of("secret", SECRET), "quietPeriod", 3));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String first = git.commit("one", Map.of("README.md", "1\n"));
        String firstBody = githubPush("refs/heads/main", head(), first);
        assertThat(send("github", firstBody, signedGithub("push", firstBody)).json().path("builds").get(0).asText())
                .isEqualTo("app#1");
        String second = git.commit("two", Map.of("README.md", "2\n"));
        String secondBody = githubPush("refs/heads/main", first, second);
        assertThat(send("github", secondBody, signedGithub("push", secondBody)).json().path("builds").get(0).asText())
                .isEqualTo("app#1 (merged)");

        assertThat(server.awaitEnd("app", 1).path("commit").asText()).isEqualTo(second);
        assertThat(server.get("/api/jobs/app/builds").json()).hasSize(1);
    }

    @Test
    void aBadWebhookSettingIsRefusedWithTheFieldAndNoJobIsCreated() {
        var reply = server.post("/api/jobs", Map.of("name", "app", "repository", Map.of("url", url),
                "webhook", Map.of("secret", "short")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("webhook.secret");
        assertThat(server.get("/api/jobs/app").status()).isEqualTo(404);
    }

    private void createJob(String name, String branch, String secret) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("name", name);
        job.put("repository", Map.of("url", url, "branch", branch));
        if (secret != null) {
            job.put("webhook", Map.of("secret", secret));
        }
        var reply = server.post("/api/jobs", job);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private String githubPush(String ref, String before, String after) {
        return """
                {"ref":"%s","before":"%s","after":"%s","created":false,"deleted":false,"forced":false,
                 "repository":{"id":1296269,"name":"app","full_name":"octocat/app","clone_url":"%s",
                 "ssh_url":"git@127.0.0.1:octocat/app.git"},"pusher":{"name":"octocat"},
                 "head_commit":{"id":"%s","message":"change"}}
                """.formatted(ref, before, after, url, after);
    }

    private Map<String, String> signedGithub(String event, String body) {
        return Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", UUID.randomUUID().toString(),
                "X-Hub-Signature-256", "sha256=" + Signatures.hmacHex(SECRET, bytes(body)));
    }

    private TestServer.Reply send(String provider, String body, Map<String, String> headers) {
        HttpRequest.Builder request = server.request("/webhooks/" + provider, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return server.send(request);
    }

    private String head() {
        try (Git repo = Git.open(git.dir().toFile())) {
            return repo.getRepository().resolve("HEAD").getName();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
