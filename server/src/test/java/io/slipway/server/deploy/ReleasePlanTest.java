package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan an approver sees while a release waits at an input, through the build API of a real server. */
@SlipwayTest
class ReleasePlanTest {

    private static final String RELEASE = """
            pipeline {
                agent any
                options { deployment('prod') }
                parameters {
                    string(name: 'VERSION', defaultValue: '1', description: 'version')
                    string(name: 'PORT', defaultValue: '9001', description: 'port of the new version')
                }
                environment {
                    REGISTRY = '127.0.0.1:5000'
                }
                stages {
                    stage('Test') {
                        steps { echo 'tested' }
                    }
                    stage('Approve') {
                        input {
                            message 'Release to prod?'
                            id 'release'
                        }
                        steps { echo 'approved' }
                    }
                    stage('Release') {
                        environment {
                            IMAGE = "${REGISTRY}/shop:${params.VERSION}"
                        }
                        steps {
                            dockerPush(image: env.IMAGE)
                            kubernetesDeploy(namespace: 'shop', deployment: 'web', container: 'web', image: env.IMAGE)
                            kubernetesApply(file: 'k8s/shop.yaml')
                            gatewayTargets(upstream: 'shop', targets: [[target: "127.0.0.1:${params.PORT}", weight: 100]])
                            consulRegister(service: 'shop', id: readFile('ID'), address: '127.0.0.1', port: 9001)
                            script {
                                gatewayRoute(service: 'shop', url: "http://127.0.0.1:${params.PORT}", paths: ['/shop'])
                            }
                        }
                    }
                    stage('Only on rollback') {
                        when { expression { currentBuild.rollback } }
                        steps { gatewayTargets(upstream: 'other', targets: [[target: '127.0.0.1:1', weight: 1]]) }
                    }
                }
            }
            """;

    TestServer server;

    @BeforeEach
    void useServer(TestServer server) {
        this.server = server;
    }

    @Test
    void aBuildWaitingForApprovalShowsWhatTheRemainingReleaseStepsWillChange() {
        server.createInlineJob("shop", RELEASE);
        var triggered = server.post("/api/jobs/shop/builds", Map.of("parameters", Map.of("VERSION", "2", "PORT", "9002")));
        assertThat(triggered.status()).as(triggered.body()).isEqualTo(201);
        server.awaitLog("shop", 1, "Input requested");

        JsonNode input = awaitPendingInput("shop", 1);
        assertThat(input.path("id").asText()).isEqualTo("release");
        assertThat(input.path("message").asText()).isEqualTo("Release to prod?");
        JsonNode plan = input.path("plan");
        assertThat(plan.path("environment").asText()).isEqualTo("prod");
        assertThat(plan.has("current")).as("no deployment in prod yet").isFalse();
        List<String> steps = new ArrayList<>();
        plan.path("changes").forEach(c -> steps.add(c.path("stage").asText() + ":" + c.path("step").asText()));
        assertThat(steps).as("the skipped rollback-only stage plans nothing").containsExactly("Release:dockerPush",
                "Release:kubernetesDeploy", "Release:kubernetesApply", "Release:gatewayTargets",
                "Release:consulRegister", "Release:gatewayRoute");
        JsonNode apply = plan.path("changes").get(2);
        assertThat(apply.path("kind").asText()).isEqualTo("kubernetes.deployment");
        assertThat(apply.path("unknown").get(0).asText()).contains("k8s/shop.yaml", "when the step runs");

        JsonNode push = plan.path("changes").get(0);
        assertThat(push.path("kind").asText()).isEqualTo("docker.image");
        assertThat(push.path("target").asText()).as("the repository, as dockerPush records it").isEqualTo("127.0.0.1:5000/shop");
        assertThat(push.at("/to/image").asText()).isEqualTo("127.0.0.1:5000/shop:2");
        JsonNode deploy = plan.path("changes").get(1);
        assertThat(deploy.path("target").asText()).isEqualTo("shop/web/web");
        assertThat(deploy.at("/to/image").asText()).isEqualTo("127.0.0.1:5000/shop:2");
        JsonNode targets = plan.path("changes").get(3);
        assertThat(targets.path("target").asText()).isEqualTo("shop");
        assertThat(targets.at("/to/targets/0/target").asText()).isEqualTo("127.0.0.1:9002");
        assertThat(targets.at("/to/targets/0/weight").asInt()).isEqualTo(100);
        assertThat(targets.path("unknown")).isEmpty();
        JsonNode consul = plan.path("changes").get(4);
        assertThat(consul.path("unknown").get(0).asText()).as("an argument needing a step is unknown, not guessed")
                .startsWith("argument 'id':").contains("readFile");
        assertThat(consul.path("target").asText()).as("falls back to the service name").isEqualTo("shop");
        JsonNode scripted = plan.path("changes").get(5);
        assertThat(scripted.path("unknown").get(0).asText()).contains("script block");

        var aborted = server.post("/api/jobs/shop/builds/1/input/release", Map.of("action", "abort"));
        assertThat(aborted.status()).as(aborted.body()).isEqualTo(200);
        assertThat(server.awaitEnd("shop", 1).path("status").asText()).isEqualTo("ABORTED");
        assertThat(server.get("/api/jobs/shop/builds/1").json().has("pendingInput")).isFalse();
        assertThat(server.get("/api/jobs/shop/deployments").json()).as("an aborted build deploys nothing").isEmpty();
    }

    @Test
    void anInputStepPlansOnlyWhatFollowsItAndTheBuildsSecretsAreMasked() {
        String secret = "consul-acl-7f3e9a";
        var credential = server.post("/api/credentials", Map.of("id", "consul-token", "type", "string",
                "description", "Consul ACL token", "secret", secret));
        assertThat(credential.status()).as(credential.body()).isEqualTo(201);
        server.createInlineJob("tokens", """
                pipeline {
                    agent any
                    parameters { string(name: 'ENV', defaultValue: 'staging', description: 'where') }
                    environment { TOKEN = credentials('consul-token') }
                    stages {
                        stage('Release') {
                            steps {
                                catchError(buildResult: 'SUCCESS', stageResult: 'SUCCESS') {
                                    gatewayTargets(upstream: 'before', targets: [[target: '127.0.0.1:1', weight: 1]])
                                }
                                input message: 'Register?', id: 'register'
                                consulRegister(service: 'shop', id: "shop-${env.TOKEN}", address: '127.0.0.1', port: 9001)
                            }
                        }
                    }
                }
                """);
        assertThat(server.post("/api/jobs/tokens/builds", Map.of("parameters", Map.of("ENV", "qa"))).status())
                .isEqualTo(201);

        JsonNode plan = awaitPendingInput("tokens", 1).path("plan");
        assertThat(plan.path("environment").asText()).as("the ENV parameter names the environment").isEqualTo("qa");
        assertThat(plan.path("changes")).as("the step before the input is not planned").hasSize(1);
        JsonNode register = plan.path("changes").get(0);
        assertThat(register.path("step").asText()).isEqualTo("consulRegister");
        assertThat(register.path("target").asText()).isEqualTo("shop-****");
        assertThat(register.at("/to/id").asText()).isEqualTo("shop-****");
        assertThat(server.get("/api/jobs/tokens/builds/1").body()).doesNotContain(secret);

        server.post("/api/jobs/tokens/builds/1/input/register", Map.of("action", "abort"));
        server.awaitEnd("tokens", 1);
    }

    /** Polls the build until it shows its pending input (bounded: 30 s). */
    private JsonNode awaitPendingInput(String job, int number) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode build = server.get("/api/jobs/" + job + "/builds/" + number).json();
            if (build.has("pendingInput")) {
                return build.get("pendingInput");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("build " + job + " #" + number + " never showed its pending input");
    }
}
