package io.slipway.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.server.config.ServerSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Users, their tokens and roles through the REST API: the API enforces what the pages do. */
class RolesApiTest {

    static final String RELEASE = """
            pipeline {
                agent any
                parameters {
                    choice(name: 'ENV', choices: ['staging', 'prod'], description: 'where to release')
                    password(name: 'DB_PASSWORD', defaultValue: 'changeme', description: 'database password')
                }
                stages {
                    stage('Release') { steps { echo "releasing to ${params.ENV}" } }
                }
            }
            """;

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> TestServer.options(serverData)
            .withSecurity(SecuritySettings.forTests("admin-secret-1")));

    TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        assertThat(server.post("/api/jobs", Map.of("name", "release", "pipeline", RELEASE)).status()).isEqualTo(201);
    }

    private String userWithToken(String name, String role, List<String> environments) {
        var created = server.post("/api/users", Map.of("name", name, "password", "password-" + name, "role", role,
                "environments", environments));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var token = server.post("/api/users/" + name + "/tokens", Map.of("label", "ci"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asText();
    }

    private TestServer.Reply trigger(String token, String env) {
        return server.send(server.request("/api/jobs/release/builds", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"ENV\": \"" + env + "\"}}")));
    }

    @Test
    void viewerMayReadButNotReleaseToProdAndTheRefusalNamesTheMissingRole() {
        String viewer = userWithToken("vera", "viewer", List.of());

        assertThat(server.getWithToken("/api/jobs", viewer).status()).isEqualTo(200);
        var refused = trigger(viewer, "prod");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("missingRole").asText()).isEqualTo("releaser");
        assertThat(refused.json().path("environment").asText()).isEqualTo("prod");
        assertThat(refused.json().path("user").asText()).isEqualTo("vera");
        assertThat(server.get("/api/jobs/release/builds").json()).isEmpty();
    }

    @Test
    void developerBuildsStagingButNotProdWhileAReleaserOfProdReleasesThere() {
        String developer = userWithToken("dev", "developer", List.of());
        String releaser = userWithToken("rel", "releaser", List.of("staging", "prod"));

        assertThat(trigger(developer, "staging").status()).isEqualTo(201);
        var refused = trigger(developer, "prod");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("missingRole").asText()).isEqualTo("releaser");
        assertThat(trigger(releaser, "prod").status()).isEqualTo(201);
    }

    @Test
    void theDefaultOfEnvCountsWhenTheRequestNamesNoEnvironment() {
        String viewer = userWithToken("vic", "viewer", List.of());

        var refused = server.send(server.request("/api/jobs/release/builds", viewer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("missingRole").asText()).isEqualTo("developer");
    }

    @Test
    void onlyAdminsManageUsersAndReadTheAuditLog() {
        String developer = userWithToken("dora", "developer", List.of());

        assertThat(server.getWithToken("/api/users", developer).status()).isEqualTo(403);
        assertThat(server.getWithToken("/api/audit", developer).json().path("missingRole").asText()).isEqualTo("admin");
        var credential = server.send(server.request("/api/credentials", developer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"type\": \"string\", \"secret\": \"s\"}")));
        assertThat(credential.status()).isEqualTo(403);
        assertThat(server.get("/api/users").json().findValuesAsText("name")).contains("admin", "dora");
    }

    @Test
    void tokensAreListedWithoutTheirValueAndARevokedTokenStopsWorking() {
        String token = userWithToken("tess", "viewer", List.of());
        JsonNode listed = server.get("/api/users/tess/tokens").json();

        assertThat(listed).hasSize(1);
        assertThat(listed.toString()).doesNotContain(token);
        String id = listed.get(0).path("id").asText();
        assertThat(server.delete("/api/users/tess/tokens/" + id).status()).isEqualTo(204);
        assertThat(server.getWithToken("/api/jobs", token).status()).isEqualTo(401);
    }

    @Test
    void removingAUserRevokesTheirTokensAndTheLastAdminStays() {
        String token = userWithToken("gone", "developer", List.of());

        assertThat(server.delete("/api/users/gone").status()).isEqualTo(204);
        assertThat(server.getWithToken("/api/jobs", token).status()).isEqualTo(401);
        var refused = server.delete("/api/users/admin");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).contains("last admin");
    }

    @Test
    void badUserFieldsAreNamedWithTheirReason() {
        var refused = server.post("/api/users", Map.of("name", "Bad Name", "password", "short", "role", "boss"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("fields").findValuesAsText("field")).containsExactly("name", "password", "role");
        assertThat(refused.body()).contains("viewer, developer, releaser, admin");
    }

    @Test
    void theAuditLogRecordsWhoDidWhatButNoSecret() {
        userWithToken("rita", "releaser", List.of("prod"));
        String token = server.post("/api/users/rita/tokens", Map.of("label", "second")).json().path("token").asText();
        var build = server.send(server.request("/api/jobs/release/builds", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"ENV\": \"prod\", \"DB_PASSWORD\": \"hunter22\"}}")));
        assertThat(build.status()).isEqualTo(201);
        server.awaitEnd("release", 1);

        JsonNode audit = server.get("/api/audit").json();
        String text = audit.toString();

        assertThat(audit.findValuesAsText("action")).contains("user.create", "token.create", "build.trigger");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo("rita");
        assertThat(audit.get(0).path("target").asText()).isEqualTo("release #1");
        assertThat(audit.get(0).path("detail").asText()).isEqualTo("ENV=prod");
        assertThat(text).doesNotContain("hunter22").doesNotContain("password-rita").doesNotContain(token);
        assertThat(server.get("/api/audit?actor=admin&action=user.").json().findValuesAsText("action"))
                .containsOnly("user.create");
    }

    @Test
    void theFirstStartGeneratesAnAdminPasswordOnceWhenNoneIsConfigured(@TempDir Path other) {
        try (TestServer fresh = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(other, "t2"))
                .withSecurity(new SecuritySettings(null, java.util.Set.of("prod"), null)))) {
            assertThat(fresh.server().generatedAdminPassword()).hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThan(16));
        }
        try (TestServer again = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(other, "t2"))
                .withSecurity(new SecuritySettings(null, java.util.Set.of("prod"), null)))) {
            assertThat(again.server().generatedAdminPassword()).isEmpty();
        }
    }

    static URI uri(TestServer server, String path) {
        return URI.create(server.base() + path);
    }
}
