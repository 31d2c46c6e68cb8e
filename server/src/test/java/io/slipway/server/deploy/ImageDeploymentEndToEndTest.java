package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.core.command.LogContainerResultCallback;
import io.slipway.agent.docker.DockerEngines;
import io.slipway.agent.docker.DockerSettings;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ReleaseSettings;
import io.slipway.server.config.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments of images, with a real Docker engine and registry on 127.0.0.1:5000 ({@code source .ci/services.sh
 * && start_docker}): each release builds an image FROM scratch with the static busybox and pushes it; the
 * deployment records the pushed image and digest, pulling that digest back gives exactly the released
 * version, and a build waiting for approval plans the image change from the current deployment's digest.
 * Without an engine the test skips, except with {@code CI=true}, where it fails.
 */
class ImageDeploymentEndToEndTest {

    private static final String REGISTRY = "127.0.0.1:5000";
    private static final String PIPELINE = """
            pipeline {
                agent any
                options { deployment('prod') }
                parameters {
                    string(name: 'VERSION', defaultValue: '1', description: 'version to release')
                    string(name: 'REPO', defaultValue: '', description: 'image repository')
                    booleanParam(name: 'APPROVE', defaultValue: false, description: 'wait for approval')
                }
                stages {
                    stage('Approve') {
                        when {
                            beforeInput true
                            expression { params.APPROVE }
                        }
                        input {
                            message 'Release?'
                            id 'release'
                        }
                        steps { echo 'approved' }
                    }
                    stage('Image') {
                        steps {
                            sh 'cp /bin/busybox busybox'
                            writeFile file: 'Dockerfile', text: '''FROM scratch
            COPY busybox /bin/busybox
            ARG VERSION=unset
            RUN ["/bin/busybox", "sh", "-c", "echo version $VERSION > /version"]
            CMD ["/bin/busybox", "cat", "/version"]
            '''
                            dockerBuild image: "${params.REPO}:${params.VERSION}", buildArgs: [VERSION: params.VERSION]
                            dockerPush image: "${params.REPO}:${params.VERSION}"
                        }
                    }
                }
            }
            """;

    private static final DockerEngines ENGINES = new DockerEngines();

    @TempDir
    Path data;
    private TestServer server;
    private final String repository = REGISTRY + "/slipway-deploy-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start() {
        requireDocker();
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(data, TestServer.TOKEN))
                .withRelease(ReleaseSettings.none()));
        server.createInlineJob("image", PIPELINE);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachDeploymentNamesTheImageByTheDigestThatRunsExactlyItsVersion() throws Exception {
        release(1, Map.of("VERSION", "1", "REPO", repository));
        release(2, Map.of("VERSION", "2", "REPO", repository));

        JsonNode deployments = server.get("/api/jobs/image/deployments").json();
        assertThat(deployments).hasSize(2);
        JsonNode second = deployments.get(0);
        JsonNode first = deployments.get(1);
        assertThat(first.path("image").asText()).startsWith(repository + "@sha256:");
        assertThat(first.path("digest").asText()).startsWith("sha256:");
        assertThat(first.path("image").asText()).endsWith(first.path("digest").asText());
        assertThat(second.path("digest").asText()).isNotEqualTo(first.path("digest").asText());

        DockerClient docker = ENGINES.client(DockerSettings.local());
        for (String tag : new String[] {"1", "2"}) {
            docker.removeImageCmd(repository + ":" + tag).withForce(true).exec();
        }
        assertThat(runPulled(docker, first.path("image").asText())).isEqualTo("version 1");
        assertThat(runPulled(docker, second.path("image").asText())).isEqualTo("version 2");

        var waiting = server.post("/api/jobs/image/builds", Map.of("parameters",
                Map.of("VERSION", "3", "REPO", repository, "APPROVE", true)));
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);
        server.awaitLog("image", 3, "Input requested");
        JsonNode plan = server.get("/api/jobs/image/builds/3").json().at("/pendingInput/plan");
        JsonNode push = plan.path("changes").get(1);
        assertThat(push.path("step").asText()).isEqualTo("dockerPush");
        assertThat(push.path("target").asText()).isEqualTo(repository);
        assertThat(push.at("/from/digest").asText()).as("what runs now").isEqualTo(second.path("digest").asText());
        assertThat(push.at("/to/image").asText()).isEqualTo(repository + ":3");
        assertThat(plan.path("current").asLong()).isEqualTo(second.path("id").asLong());
        server.post("/api/jobs/image/builds/3/input/release", Map.of("action", "abort"));
        server.awaitEnd("image", 3);
    }

    private void release(int number, Map<String, Object> parameters) {
        assertThat(server.buildSucceeds("image", parameters).path("number").asInt()).isEqualTo(number);
    }

    /** Pulls {@code image} by digest, runs it and returns what it printed. */
    private static String runPulled(DockerClient docker, String image) throws InterruptedException {
        docker.pullImageCmd(image).exec(new PullImageResultCallback()).awaitCompletion(120, TimeUnit.SECONDS);
        String id = docker.createContainerCmd(image).exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            docker.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode(60, TimeUnit.SECONDS);
            StringBuilder out = new StringBuilder();
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new LogContainerResultCallback() {
                @Override
                public void onNext(Frame frame) {
                    out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }).awaitCompletion(30, TimeUnit.SECONDS);
            return out.toString().strip();
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private static void requireDocker() {
        String problem = null;
        try {
            ENGINES.client(DockerSettings.local()).pingCmd().exec();
            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + REGISTRY + "/v2/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                problem = "the registry at " + REGISTRY + " answered " + status;
            }
        } catch (RuntimeException | java.io.IOException e) {
            problem = "no Docker engine or registry (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            String hint = problem + "; start them with: source .ci/services.sh && start_docker";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(hint);
            }
            Assumptions.abort(hint);
        }
    }
}
