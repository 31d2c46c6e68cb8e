package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.GatewayFixture;
import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.testsupport.consul.FakeConsul;
import io.slipway.testsupport.git.GitFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release pipeline run through the server's API against a real gateway node (in-process, 127.0.0.1 port 0)
 * proxying to two local versions of a service, and FakeConsul, the shared Consul-compatible fake: after each
 * release, requests through the gateway reach the version the build switched to.
 */
class ReleaseStepsRunTest {

    private static final String RELEASE = """
            pipeline {
                agent any
                parameters {
                    string(name: 'COLOR', defaultValue: 'blue', description: 'which version')
                    string(name: 'TARGET', defaultValue: '', description: 'host:port of that version')
                }
                stages {
                    stage('Register') {
                        steps {
                            consulRegister service: 'shop', id: "shop-${params.COLOR}", address: '127.0.0.1',
                                    port: params.TARGET.split(':')[1] as Integer, tags: [params.COLOR]
                        }
                    }
                    stage('Switch') {
                        steps {
                            gatewayTargets upstream: 'shop', targets: [[target: params.TARGET, weight: 100]]
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
    private FakeConsul consul;
    private String blue;
    private String green;

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> TestServer.options(serverData)
            .withRelease(gateway.releaseSettings().withConsulUrl(consul.url())));

    @BeforeEach
    void start() throws Exception {
        gateway = GatewayFixture.start(data.resolve("gateway"));
        consul = new FakeConsul();
        blue = gateway.service("blue");
        green = gateway.service("green");
    }

    @AfterEach
    void stop() {
        gateway.close();
        consul.close();
    }

    @Test
    void aReleasePipelineSwitchesTheGatewayToTheVersionItNamesAndBackAgain(TestServer server) throws Exception {
        try (GitFixture git = GitFixture.create(repos.resolve("shop"))) {
            git.commit("release pipeline", Map.of("Jenkinsfile", RELEASE));
            server.createRepositoryJob("shop", git.url());
        }

        release(server, 1, "blue", blue);
        assertThat(gateway.get("/shop")).isEqualTo("blue");
        release(server, 2, "green", green);
        assertThat(gateway.get("/shop")).isEqualTo("green");
        assertThat(consul.instances()).extracting(FakeConsul.Instance::id).containsExactlyInAnyOrder("shop-blue", "shop-green");
        release(server, 3, "blue", blue);
        assertThat(gateway.get("/shop")).isEqualTo("blue");
        assertThat(server.log("shop", 3)).contains("gatewayRoute: route 'shop' of service 'shop' is already as requested");
    }

    private static final String IMAGE_PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Image') {
                        steps {
                            sh 'cp /bin/busybox busybox'
                            writeFile file: 'Dockerfile', text: 'FROM scratch\\nCOPY busybox /bin/busybox\\nARG V\\nRUN ["/bin/busybox", "sh", "-c", "echo $V > /v"]\\n'
                            dockerBuild image: "127.0.0.1:5000/slipway-run-${env.BUILD_NUMBER}-${env.SUFFIX}:1", buildArgs: [V: 'one']
                            script {
                                env.PUSHED = dockerPush(image: "127.0.0.1:5000/slipway-run-${env.BUILD_NUMBER}-${env.SUFFIX}:1")
                            }
                            echo "pushed ${env.PUSHED}"
                        }
                    }
                }
            }
            """;

    @Test
    void aPipelineBuildsAndPushesAnImageAndGetsItsDigestBack(TestServer server) throws Exception {
        requireDocker();
        String pipeline = IMAGE_PIPELINE.replace("${env.SUFFIX}", Long.toString(System.nanoTime() % 100_000));
        try (GitFixture git = GitFixture.create(repos.resolve("image"))) {
            git.commit("image pipeline", Map.of("Jenkinsfile", pipeline));
            server.createRepositoryJob("image", git.url());
        }
        int number = server.buildSucceeds("image", Map.of()).path("number").asInt();
        assertThat(server.log("image", number)).containsPattern("pushed 127\\.0\\.0\\.1:5000/slipway-run-\\d+-\\d+@sha256:[0-9a-f]{64}");
    }

    private static final String CONTAINER_PIPELINE = """
            pipeline {
                agent any
                parameters {
                    string(name: 'VERSION', defaultValue: '1', description: 'version')
                    string(name: 'PORT', defaultValue: '', description: 'port of the container on the host network')
                }
                environment {
                    IMAGE = "127.0.0.1:5000/slipway-e2e-SUFFIX:${params.VERSION}"
                    NAME = "slipway-e2e-SUFFIX-${params.VERSION}"
                }
                stages {
                    stage('Release') {
                        steps {
                            sh 'cp /bin/busybox busybox && mkdir -p www'
                            writeFile file: 'www/index.html', text: "version ${params.VERSION}"
                            writeFile file: 'Dockerfile', text: 'FROM scratch\\nCOPY busybox /bin/busybox\\nCOPY www /www\\n'
                            dockerBuild image: env.IMAGE
                            script {
                                env.PUSHED = dockerPush(image: env.IMAGE)
                            }
                            sh 'docker rm -f "$NAME" >/dev/null 2>&1 || true'
                            // --pull never: the image was just built here; nothing may be fetched from elsewhere
                            sh "docker run -d --pull never --network host --name ${env.NAME} ${env.PUSHED} /bin/busybox httpd -f -p 127.0.0.1:${params.PORT} -h /www"
                            gatewayTargets upstream: 'e2e', targets: [[target: "127.0.0.1:${params.PORT}", weight: 100]]
                            gatewayRoute service: 'e2e', url: 'http://e2e:80', paths: ['/e2e']
                        }
                    }
                }
            }
            """;

    @Test
    void aContainerThePipelineBuiltPushedAndRanAnswersThroughTheGatewayAfterEachRelease(TestServer server) throws Exception {
        requireDocker();
        String suffix = Long.toString(System.nanoTime() % 100_000);
        containers.add("slipway-e2e-" + suffix + "-1");
        containers.add("slipway-e2e-" + suffix + "-2");
        try (GitFixture git = GitFixture.create(repos.resolve("e2e"))) {
            git.commit("container pipeline", Map.of("Jenkinsfile", CONTAINER_PIPELINE.replace("SUFFIX", suffix)));
            server.createRepositoryJob("e2e", git.url());
        }

        server.buildSucceeds("e2e", Map.of("VERSION", "1", "PORT", Integer.toString(freePort())));
        assertThat(gateway.await("/e2e/", "version 1")).isEqualTo("version 1");
        server.buildSucceeds("e2e", Map.of("VERSION", "2", "PORT", Integer.toString(freePort())));
        assertThat(gateway.await("/e2e/", "version 2")).isEqualTo("version 2");
    }

    private final java.util.List<String> containers = new java.util.ArrayList<>();

    @AfterEach
    void removeContainers() throws Exception {
        for (String name : containers) {
            new ProcessBuilder("docker", "rm", "-f", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A real Docker engine and the registry on 127.0.0.1:5000; skipped without them, except under CI=true. */
    private static void requireDocker() {
        String problem = null;
        try {
            HttpClient http = HttpClient.newHttpClient();
            int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:5000/v2/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200 || !Files.exists(Path.of("/var/run/docker.sock"))) {
                problem = "no Docker engine socket or registry";
            }
        } catch (Exception e) {
            problem = "no registry at 127.0.0.1:5000 (" + e.getMessage() + ")";
        }
        if (problem != null) {
            String hint = problem + "; start them with: source .ci/services.sh && start_docker";
            if ("true".equals(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(hint);
            }
            org.junit.jupiter.api.Assumptions.abort(hint);
        }
    }

    private static void release(TestServer server, int expectedNumber, String color, String target) throws Exception {
        int number = server.buildSucceeds("shop", Map.of("COLOR", color, "TARGET", target)).path("number").asInt();
        assertThat(number).isEqualTo(expectedNumber);
        assertThat(server.log("shop", number)).contains("All 1 gateway node(s) serve configuration");
        try (var files = Files.walk(server.dataDir())) {
            assertThat(files.filter(f -> f.endsWith("gateway-snapshot.yaml")).count()).isEqualTo(number);
        }
    }
}
