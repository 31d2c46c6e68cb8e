package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that dies between a cron fire and the re-arm of its timer, on a real PostgreSQL ({@link PostgresSchema})
 * with Quartz clustered. The server runs in a process of its own, started with the system property
 * {@code slipway.test.haltBeforeTimerRearm}, which halts it at exactly that point of the real fire path. Before,
 * Quartz's cluster recovery removed the timer's completed one-shot trigger, and the schedule stopped: no build for
 * that fire, and none after it, until a server restarted (the survivor here starts after the death, and its start
 * alone did not re-arm the timer: the completed trigger was still stored when it looked). Now the survivor's
 * Quartz fires the interrupted fire again: its build is queued, and the timer fires again at the next minute.
 */
class CronRecoveryTest {

    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Tick') {
                        steps {
                            echo "tick ${env.BUILD_NUMBER}"
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();
    Process doomed;

    @AfterEach
    void killTheServerProcess() throws InterruptedException {
        if (doomed != null) {
            doomed.destroyForcibly().waitFor();
        }
    }

    /** Up to a minute for the first fire, about 15 s for Quartz to find the dead node, a minute for the next fire. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aCronFireThatAServerDiedInIsBuiltByAnotherAndTheScheduleGoesOn() throws Exception {
        int port = freePort();
        doomed = startProcess(port);
        String job = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("name", "tick",
                "pipeline", PIPELINE, "triggers", Map.of("cron", "* * * * *")));
        HttpResponse<String> created = send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(job)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // the first fire halts it before the re-arm (bounded: the next minute, plus a loaded machine's slack)
        assertThat(doomed.waitFor(150, TimeUnit.SECONDS)).as("the server halted at its timer's fire").isTrue();
        assertThat(Files.readString(data.resolve("doomed.out"))).contains("halting before re-arming timer CRON of job 'tick'");
        assertThat(postgres.count("SELECT COUNT(*) FROM builds")).as("the dead server queued nothing").isZero();

        try (TestServer survivor = start("survivor")) {
            JsonNode recovered = awaitBuild(survivor, 1);
            assertThat(recovered.path("status").asText()).isEqualTo("SUCCESS");
            assertThat(recovered.path("cause").asText()).isEqualTo("Started by timer");
            JsonNode next = awaitBuild(survivor, 2);
            assertThat(next.path("status").asText()).as("the timer was re-armed: it fired again").isEqualTo("SUCCESS");
            assertThat(next.path("cause").asText()).isEqualTo("Started by timer");
        }
    }

    /** Waits (bounded: 150 s, a minute's fire on a loaded machine) for a build to exist, then for its end. */
    private static JsonNode awaitBuild(TestServer server, int number) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (server.get("/api/jobs/tick/builds/" + number).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no build #" + number + " of 'tick' within 150 s");
            }
            Thread.sleep(200);
        }
        return server.awaitEnd("tick", number);
    }

    private TestServer start(String server) {
        ServerSettings settings = ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
        return TestServer.start(SlipwayServer.Options.of(settings)
                .withCluster(new ClusterSettings(null, Duration.ofSeconds(15), data.resolve("shared-builds"))));
    }

    /** The server that dies: its own process, halting where the timer of job 'tick' would be re-armed. */
    private Process startProcess(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dslipway.test.haltBeforeTimerRearm=tick",
                "-cp", System.getProperty("java.class.path"), "io.slipway.server.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("doomed.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("SLIPWAY_PORT", Integer.toString(port));
        env.put("SLIPWAY_DATA", data.resolve("doomed").toString());
        env.put("SLIPWAY_ADMIN_TOKEN", TestServer.TOKEN);
        env.put("SLIPWAY_GATEWAY_ENABLED", "false");
        env.put("SLIPWAY_SAMPLES", data.resolve("no-samples").toString());
        env.put("SLIPWAY_BUILDS_DIR", data.resolve("shared-builds").toString());
        env.put("SLIPWAY_DB_URL", postgres.url());
        env.put("SLIPWAY_DB_USER", postgres.user());
        env.put("SLIPWAY_DB_PASSWORD", postgres.password());
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!healthy(port)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("the server process did not start:\n" + Files.readString(data.resolve("doomed.out")));
            }
            Thread.sleep(100);
        }
        return process;
    }

    private static boolean healthy(int port) {
        try {
            return send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).GET())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + TestServer.TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
