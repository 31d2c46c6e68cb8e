package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ReleaseSettings;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.git.GitFixture;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    private GatewayNode gateway;
    private TestServer server;
    private HttpServer v1;
    private HttpServer v2;
    private String v1Target;
    private String v2Target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        gateway = GatewayNode.start(GatewaySettings.loopback(data.resolve("gateway")));
        v1 = version("version 1");
        v2 = version("version 2");
        v1Target = "127.0.0.1:" + v1.getAddress().getPort();
        v2Target = "127.0.0.1:" + v2.getAddress().getPort();
        ReleaseSettings release = ReleaseSettings.none().withGatewayAdminUrls(List.of(gateway.adminUrl()), null);
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(data.resolve("server"), TestServer.TOKEN))
                .withRelease(release));
    }

    @AfterEach
    void stop() {
        server.close();
        gateway.close();
        v1.stop(0);
        v2.stop(0);
    }

    @Test
    void aRollbackPutsTheGatewayBackToTheDeploymentAndIsItselfADeployment() throws Exception {
        try (GitFixture git = GitFixture.create(repos.resolve("shop"))) {
            git.commit("release pipeline", Map.of("Jenkinsfile", PIPELINE.replace("REVISION", "1")));
            var reply = server.post("/api/jobs", Map.of("name", "shop", "repository", Map.of("url", git.url(),
                    "branch", "main")));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);

            release(1, "1", v1Target, v2Target);
            assertThat(throughGateway()).isEqualTo("version 1");
            git.commit("pipeline revision 2", Map.of("Jenkinsfile", PIPELINE.replace("REVISION", "2")));
            release(2, "2", v2Target, v1Target);
            assertThat(throughGateway()).isEqualTo("version 2");
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
        assertThat(throughGateway()).as("traffic is back on version 1").isEqualTo("version 1");
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

    private void release(int expected, String version, String target, String idle) {
        var reply = server.post("/api/jobs/shop/builds", Map.of("parameters", Map.of("VERSION", version,
                "TARGET", target, "IDLE", idle)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("number").asInt()).isEqualTo(expected);
        JsonNode build = server.awaitEnd("shop", expected);
        assertThat(build.path("status").asText()).as(server.log("shop", expected)).isEqualTo("SUCCESS");
        assertThat(server.log("shop", expected)).contains("Recorded deployment " + expected);
    }

    private String throughGateway() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.proxyPort() + "/shop"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
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

    private static HttpServer version(String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        return server;
    }
}
