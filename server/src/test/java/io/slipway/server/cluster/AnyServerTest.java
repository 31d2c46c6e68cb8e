package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.trigger.webhook.Signatures;
import io.slipway.testsupport.git.GitFixture;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one real PostgreSQL ({@link PostgresSchema}) behind one address, as a load balancer
 * would spread them: whichever server a webhook or an API call reaches accepts it, the build runs once,
 * and both servers show it. Servers sharing a database share {@code SLIPWAY_MASTER_KEY}; one given
 * another key refuses to start instead of failing every webhook.
 */
class AnyServerTest {

    private static final String SECRET = "shared-webhook-secret";
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Show') {
                        steps {
                            echo "built ${env.GIT_COMMIT} as ${env.BUILD_NUMBER}"
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();
    final String masterKey = newKey();

    @Test
    void aWebhookPostedToOneServerBuildsAJobCreatedThroughTheOther() {
        try (GitFixture repo = GitFixture.create(data.resolve("repo"));
                TestServer a = start("a", masterKey); TestServer b = start("b", masterKey)) {
            String before = repo.commit("pipeline", Map.of("Jenkinsfile", PIPELINE));
            var created = a.post("/api/jobs", Map.of("name", "app",
                    "repository", Map.of("url", repo.url(), "branch", "main"), "webhook", Map.of("secret", SECRET)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String pushed = repo.commit("change", Map.of("README.md", "v2\n"));
            String body = githubPush(repo.url(), before, pushed);
            String delivery = UUID.randomUUID().toString();

            var accepted = webhook(b, body, delivery);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.json().path("builds").get(0).asText()).isEqualTo("app#1");
            var again = webhook(a, body, delivery);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().path("outcome").asText()).isEqualTo("duplicate");

            for (TestServer server : new TestServer[] {a, b}) {
                JsonNode build = server.awaitEnd("app", 1);
                assertThat(build.path("status").asText()).isEqualTo("SUCCESS");
                assertThat(build.path("commit").asText()).isEqualTo(pushed);
                assertThat(server.log("app", 1).split("built " + pushed + " as 1", -1)).hasSize(2);
                assertThat(server.get("/api/jobs/app/builds").json()).hasSize(1);
                assertThat(server.get("/api/webhooks/deliveries").json().get(0).path("outcome").asText())
                        .isEqualTo("accepted");
            }
        }
    }

    @Test
    void anApiCallToEitherServerStartsOneBuildThatBothShow() {
        try (TestServer a = start("a", masterKey); TestServer b = start("b", masterKey)) {
            var created = b.post("/api/jobs", Map.of("name", "api", "pipeline", PIPELINE.replace(
                    "${env.GIT_COMMIT}", "inline")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(a.get("/api/jobs/api").status()).isEqualTo(200);

            assertThat(a.post("/api/jobs/api/builds", Map.of()).json().path("number").asInt()).isEqualTo(1);
            assertThat(b.post("/api/jobs/api/builds", Map.of()).json().path("number").asInt()).isEqualTo(2);
            for (int number = 1; number <= 2; number++) {
                assertThat(b.awaitEnd("api", number).path("status").asText()).isEqualTo("SUCCESS");
                assertThat(a.awaitEnd("api", number).path("status").asText()).isEqualTo("SUCCESS");
                assertThat(a.log("api", number).split("built inline as " + number, -1)).hasSize(2);
            }
            assertThat(a.post("/api/jobs/api/builds/1/abort", Map.of()).status()).isEqualTo(409);
        }
    }

    @Test
    void aServerWhoseMasterKeyDoesNotOpenTheStoredSecretsRefusesToStart() {
        try (TestServer a = start("a", masterKey)) {
            assertThat(a.post("/api/jobs", Map.of("name", "app", "repository", Map.of("url", "file:///tmp/app.git"),
                    "webhook", Map.of("secret", SECRET))).status()).isEqualTo(201);
        }
        assertThatThrownBy(() -> start("b", newKey()).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(SharedMasterKey.MISMATCH);
        try (TestServer again = start("c", masterKey)) {
            assertThat(again.get("/api/jobs/app").body()).contains("\"secretConfigured\":true").doesNotContain(SECRET);
        }
    }

    private TestServer start(String server, String key) {
        ServerSettings settings = ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password()).withMasterKey(key);
        return TestServer.start(SlipwayServer.Options.of(settings)
                .withCluster(new ClusterSettings(null, Duration.ofSeconds(15), data.resolve("builds"))));
    }

    private static TestServer.Reply webhook(TestServer server, String body, String delivery) {
        HttpRequest.Builder request = server.request("/webhooks/github", null)
                .header("Content-Type", "application/json")
                .header("X-GitHub-Event", "push")
                .header("X-GitHub-Delivery", delivery)
                .header("X-Hub-Signature-256", "sha256="
                        + Signatures.hmacHex(SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return server.send(request);
    }

    private static String githubPush(String url, String before, String after) {
        return """
                {"ref":"refs/heads/main","before":"%s","after":"%s","created":false,"deleted":false,"forced":false,
                 "repository":{"id":1,"name":"app","full_name":"team/app","clone_url":"%s"},
                 "pusher":{"name":"dev"},"head_commit":{"id":"%s","message":"change"}}
                """.formatted(before, after, url, after);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
