package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.GatewayFixture;
import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release, release again, roll back — with real components: a server, a gateway node in-process (proxy and
 * Admin API on 127.0.0.1 port 0) and two versions of a tiny service as local HTTP servers. The release
 * pipeline skips its switch on {@code currentBuild.rollback}, so the rollback's traffic comes back through the
 * gateway restore of the deployment's recorded targets and route.
 */
class RollbackEndToEndTest {

    private static final String PIPELINE = """
            pipeline {
                agent any
                options { deployment('prod') }
                parameters {
                    string(name: 'VERSION', defaultValue: '1', description: 'version to release')
                    string(name: 'TARGET', defaultValue: '', description: 'host:port of that version')
                    string(name: 'IDLE', defaultValue: '', description: 'host:port of the other version')
                }
                stages {
                    stage('Build') {
                        when { not { expression { currentBuild.rollback } } }
                        steps { echo "building version ${params.VERSION} with pipeline revision REVISION" }
                    }
                    stage('Confirm rollback') {
                        when {
                            beforeInput true
                            expression { currentBuild.rollback }
                        }
                        input {
                            message 'Roll back?'
                            id 'confirm'
                        }
                        steps { sh 'echo "rolling back: ROLLBACK=$ROLLBACK"' }
                    }
                    stage('Switch') {
                        when { not { expression { currentBuild.rollback } } }
                        steps {
                            gatewayTargets upstream: 'shop', targets: [[target: params.TARGET, weight: 100],
                                    [target: params.IDLE, weight: 0]]
                            gatewayRoute service: 'shop', url: 'http://shop:80', paths: ['/shop']
                            gatewaySnapshot()
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @TempDir
    Path repos;
    private GatewayFixture gateway;
    private String v1Target;
    private String v2Target;

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> TestServer.options(serverData)
            .withRelease(gateway.releaseSettings()));

    @BeforeEach
    void start() {
        gateway = GatewayFixture.start(data.resolve("gateway"));
        v1Target = gateway.service("version 1");
        v2Target = gateway.service("version 2");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aRollbackPutsTheGatewayBackToTheDeploymentAndIsItselfADeployment(TestServer server) {
        try (GitFixture git = GitFixture.create(repos.resolve("shop"))) {
            git.commit("release pipeline", Map.of("Jenkinsfile", PIPELINE.replace("REVISION", "1")));
            server.createRepositoryJob("shop", git.url());

            release(server, 1, "1", v1Target, v2Target);
            assertThat(gateway.get("/shop")).isEqualTo("version 1");
            git.commit("pipeline revision 2", Map.of("Jenkinsfile", PIPELINE.replace("REVISION", "2")));
            release(server, 2, "2", v2Target, v1Target);
            assertThat(gateway.get("/shop")).isEqualTo("version 2");
        }

        JsonNode deployments = server.get("/api/jobs/shop/deployments?environment=prod").json();
        assertThat(ids(deployments)).as("newest first").containsExactly(2L, 1L);
        JsonNode first = deployments.get(1);
        assertThat(first.path("build").asInt()).isEqualTo(1);
        assertThat(first.path("environment").asText()).isEqualTo("prod");
        assertThat(first.at("/parameters/VERSION").asText()).isEqualTo("1");
        assertThat(first.path("snapshot").asText()).isEqualTo("gateway-snapshot.yaml");
        assertThat(first.at("/routes/shop/paths/0").asText()).isEqualTo("/shop");
        assertThat(first.at("/targets/shop")).hasSize(2);
        assertThat(first.path("rollback").asBoolean()).isFalse();
        assertThat(first.path("by").asText()).isNotBlank();
        assertThat(server.get("/api/jobs/shop/builds/2").json().path("releaseChanges"))
                .extracting(c -> c.path("stage").asText() + " " + c.path("kind").asText() + " " + c.path("target").asText())
                .contains("Switch gateway.targets shop", "Switch gateway.snapshot gateway-snapshot.yaml");

        var rollback = server.post("/api/jobs/shop/deployments/1/rollback", "");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(201);
        int number = rollback.json().path("number").asInt();
        assertThat(number).isEqualTo(3);
        assertThat(rollback.json().path("cause").asText()).startsWith("Rollback to deployment 1 by ");
        server.awaitLog("shop", number, "Input requested");
        var again = server.post("/api/jobs/shop/deployments/2/rollback", "");
        assertThat(again.status()).as("one rollback at a time").isEqualTo(409);
        assertThat(again.json().path("error").asText()).contains("already rolling back", "#3");
        assertThat(server.post("/api/jobs/shop/builds/3/input/confirm", Map.of("action", "proceed")).status())
                .isEqualTo(200);

        JsonNode build = server.awaitEnd("shop", number);
        String log = server.log("shop", number);
        assertThat(build.path("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).as("the commit deployment 1 ran, its Build stage skipped on currentBuild.rollback")
                .contains("rolling back: ROLLBACK=true", "Recorded deployment 3")
                .doesNotContain("building version");
        assertThat(build.path("commit").asText()).isEqualTo(first.path("commit").asText());
        assertThat(gateway.get("/shop")).as("traffic is back on version 1").isEqualTo("version 1");
        assertThat(build.path("releaseChanges")).anySatisfy(c -> {
            assertThat(c.path("stage").asText()).isEqualTo("Rollback: restore gateway");
            assertThat(c.path("kind").asText()).isEqualTo("gateway.targets");
            assertThat(c.at("/after/0/target").asText() + c.at("/after/1/target").asText()).contains(v1Target);
        });

        JsonNode after = server.get("/api/jobs/shop/deployments").json();
        assertThat(ids(after)).containsExactly(3L, 2L, 1L);
        assertThat(after.get(0).path("rollback").asBoolean()).isTrue();
        assertThat(after.get(0).path("rollbackOf").asLong()).isEqualTo(1);
        assertThat(after.get(0).at("/parameters/VERSION").asText()).isEqualTo("1");
        assertThat(weightOf(after.get(0).at("/targets/shop"), v1Target)).isEqualTo(100);
        assertThat(weightOf(after.get(0).at("/targets/shop"), v2Target)).isZero();

        JsonNode where = server.get("/api/deployments?environment=prod").json();
        assertThat(where).hasSize(1);
        assertThat(where.get(0).path("job").asText()).isEqualTo("shop");
        assertThat(where.get(0).path("id").asLong()).isEqualTo(3);
        assertThat(server.get("/api/deployments?environment=staging").json()).isEmpty();

        var other = server.post("/api/jobs", Map.of("name", "other", "pipeline",
                "pipeline { agent any\n stages { stage('A') { steps { echo 'a' } } } }"));
        assertThat(other.status()).isEqualTo(201);
        var foreign = server.post("/api/jobs/other/deployments/1/rollback", "");
        assertThat(foreign.status()).as("a deployment of another job").isEqualTo(404);
        assertThat(foreign.json().path("error").asText()).contains("job 'shop'");

        assertThat(server.delete("/api/jobs/shop").status()).isEqualTo(204);
        assertThat(server.get("/api/deployments").json()).as("a deleted job's deployments go with its builds").isEmpty();
    }

    private static void release(TestServer server, int expected, String version, String target, String idle) {
        JsonNode build = server.buildSucceeds("shop", Map.of("VERSION", version, "TARGET", target, "IDLE", idle));
        assertThat(build.path("number").asInt()).isEqualTo(expected);
        assertThat(server.log("shop", expected)).contains("Recorded deployment " + expected);
    }

    private static List<Long> ids(JsonNode deployments) {
        List<Long> ids = new ArrayList<>();
        deployments.forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    private static int weightOf(JsonNode targets, String target) {
        for (JsonNode t : targets) {
            if (t.path("target").asText().equals(target)) {
                return t.path("weight").asInt();
            }
        }
        throw new AssertionError(target + " is not among " + targets);
    }
}
