package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several servers on one real PostgreSQL, each test in a fresh schema ({@link PostgresSchema}: skipped when
 * {@code SLIPWAY_TEST_PG_URL} is unset, except under {@code CI=true}, where that fails):
 * every queued build runs exactly once whichever server takes it, an abort reaches the server that
 * runs the build, and when a server process is killed mid-build the other one ends that build and
 * finishes the queue. The servers share the builds folder ({@code SLIPWAY_BUILDS_DIR}), as they must.
 */
class SeveralServersTest {

    private static final String QUICK = """
            pipeline {
                agent any
                stages {
                    stage('Work') {
                        steps {
                            sh 'sleep 0.2'
                            echo "ran build ${env.BUILD_NUMBER}"
                        }
                    }
                }
            }
            """;
    private static final String LONG = """
            pipeline {
                agent any
                stages {
                    stage('Work') {
                        steps {
                            echo 'long work started'
                            sleep 120
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();
    Process killable;

    @AfterEach
    void killTheServerProcess() throws InterruptedException {
        if (killable != null) {
            killable.destroyForcibly().waitFor();
        }
    }

    @Test
    void fiftyBuildsQueuedThroughTwoServersEachRunExactlyOnce() throws Exception {
        try (TestServer a = start("a"); TestServer b = start("b")) {
            assertThat(a.post("/api/jobs", Map.of("name", "quick", "pipeline", QUICK)).status()).isEqualTo(201);
            for (int i = 0; i < 50; i++) {
                TestServer via = i % 2 == 0 ? a : b;
                assertThat(via.post("/api/jobs/quick/builds", Map.of()).status()).isEqualTo(201);
            }
            for (int number = 1; number <= 50; number++) {
                JsonNode build = a.awaitEnd("quick", number);
                assertThat(build.path("status").asText()).as("build #%d", number).isEqualTo("SUCCESS");
                String log = b.get("/api/jobs/quick/builds/" + number + "/log").body();
                assertThat(Pattern.compile("ran build " + number + "\\b").matcher(log).results().count())
                        .as("build #%d ran once; log:%n%s", number, log).isEqualTo(1);
            }
            assertThat(postgres.count("SELECT COUNT(*) FROM builds WHERE server_id = '" + id("a") + "'")).isPositive();
            assertThat(postgres.count("SELECT COUNT(*) FROM builds WHERE server_id = '" + id("b") + "'")).isPositive();
            assertThat(postgres.count("SELECT COUNT(*) FROM builds WHERE status <> 'SUCCESS'")).isZero();
        }
    }

    @Test
    void anAbortAskedOfOneServerEndsTheBuildRunningOnTheOther() throws Exception {
        try (TestServer a = start("a"); TestServer b = start("b")) {
            assertThat(a.post("/api/jobs", Map.of("name", "long", "pipeline", LONG)).status()).isEqualTo(201);
            assertThat(a.post("/api/jobs/long/builds", Map.of()).status()).isEqualTo(201);
            a.awaitLog("long", 1, "long work started");
            String owner = postgres.text("SELECT server_id FROM builds WHERE job_name = 'long' AND number = 1");
            TestServer other = owner.equals(id("a")) ? b : a;

            assertThat(other.post("/api/jobs/long/builds/1/abort", Map.of()).status()).isEqualTo(200);

            JsonNode build = other.awaitEnd("long", 1);
            assertThat(build.path("status").asText()).isEqualTo("ABORTED");
            assertThat(build.path("endReason").asText()).startsWith("aborted by");
        }
    }

    @Test
    void whenAServerIsKilledMidBuildAnotherEndsItsBuildAndRunsTheQueue() throws Exception {
        int port = freePort();
        killable = startProcess(port, "gone");
        TestServer.Reply created;
        try (var client = new ProcessClient(port)) {
            created = client.post("/api/jobs", Map.of("name", "long", "pipeline", LONG));
            assertThat(created.status()).isEqualTo(201);
            assertThat(client.post("/api/jobs", Map.of("name", "quick", "pipeline", QUICK)).status()).isEqualTo(201);
            assertThat(client.post("/api/jobs/long/builds", Map.of()).status()).isEqualTo(201);
            await(() -> client.get("/api/jobs/long/builds/1/log").body().contains("long work started"));
            for (int i = 0; i < 3; i++) {
                assertThat(client.post("/api/jobs/quick/builds", Map.of()).status()).isEqualTo(201);
            }
        }
        killable.destroyForcibly().waitFor();

        try (TestServer survivor = start("survivor")) {
            JsonNode orphan = survivor.awaitEnd("long", 1);
            assertThat(orphan.path("status").asText()).isEqualTo("ABORTED");
            assertThat(orphan.path("endReason").asText()).isEqualTo("server " + id("gone") + " stopped responding");
            survivor.awaitLog("long", 1, "Aborted: server " + id("gone") + " stopped responding");
            String log = survivor.log("long", 1);
            assertThat(log).contains("long work started");
            assertThat(log.split("Aborted: ", -1)).as("one end written to the log:%n%s", log).hasSize(2);
            for (int number = 1; number <= 3; number++) {
                assertThat(survivor.awaitEnd("quick", number).path("status").asText()).isEqualTo("SUCCESS");
            }
            assertThat(postgres.count("SELECT COUNT(*) FROM servers WHERE id = '" + id("gone") + "'")).isZero();
        }
    }

    /** An in-process server of the cluster: its own data folder, the shared database and builds folder. */
    private TestServer start(String server) {
        return TestServer.start(SlipwayServer.Options.of(settings(server))
                .withCluster(new ClusterSettings(null, Duration.ofSeconds(15), sharedBuilds())));
    }

    private Path sharedBuilds() {
        return data.resolve("shared-builds");
    }

    private ServerSettings settings(String server) {
        return ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    /** The id a server with this data folder goes by (generated into its data folder on first start). */
    private String id(String server) throws IOException {
        return Files.readString(data.resolve(server).resolve("server-id")).trim();
    }

    /** A server in its own process with a 2 s lease, so that the test can kill it with SIGKILL. */
    private Process startProcess(int port, String server) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.slipway.server.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(server + ".out").toFile());
        Map<String, String> env = builder.environment();
        env.put("SLIPWAY_PORT", Integer.toString(port));
        env.put("SLIPWAY_DATA", data.resolve(server).toString());
        env.put("SLIPWAY_ADMIN_TOKEN", TestServer.TOKEN);
        env.put("SLIPWAY_GATEWAY_ENABLED", "false");
        env.put("SLIPWAY_SAMPLES", data.resolve("no-samples").toString());
        env.put("SLIPWAY_EXECUTORS", "1");
        env.put("SLIPWAY_SERVER_LEASE_SECONDS", "2");
        env.put("SLIPWAY_BUILDS_DIR", sharedBuilds().toString());
        env.put("SLIPWAY_DB_URL", postgres.url());
        env.put("SLIPWAY_DB_USER", postgres.user());
        env.put("SLIPWAY_DB_PASSWORD", postgres.password());
        Process process = builder.start();
        try (var client = new ProcessClient(port)) {
            await(() -> {
                try {
                    return client.get("/api/health").status() == 200;
                } catch (RuntimeException e) {
                    return false;
                }
            });
        }
        return process;
    }

    /** TestServer's HTTP client pointed at a server in another process. */
    private static final class ProcessClient implements AutoCloseable {
        private final int port;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        ProcessClient(int port) {
            this.port = port;
        }

        TestServer.Reply get(String path) {
            return send(builder(path).GET());
        }

        TestServer.Reply post(String path, Object body) throws IOException {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        }

        private java.net.http.HttpRequest.Builder builder(String path) {
            return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + TestServer.TOKEN);
        }

        private TestServer.Reply send(java.net.http.HttpRequest.Builder request) {
            try {
                var response = http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                return new TestServer.Reply(response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
