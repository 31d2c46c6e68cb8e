package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * {@code SLIPWAY_SERVER_ID} among servers on one real PostgreSQL ({@link PostgresSchema}): a second server given the
 * id of a live one is refused at start, with a message naming the id, the other's last heartbeat and what to do,
 * and leaves the other's builds alone (before, it took them for its own and ended them as "server restarted"); a
 * server restarted on its own data folder right after a kill, while its lease is still live, starts at once.
 */
class ServerIdTest {

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
    void aSecondServerGivenTheIdOfALiveOneIsRefusedAndLeavesItsBuildsAlone() throws Exception {
        try (TestServer first = start("first", "builder-1", Duration.ofSeconds(2))) {
            assertThat(first.post("/api/jobs", Map.of("name", "long", "pipeline", LONG)).status()).isEqualTo(201);
            assertThat(first.post("/api/jobs/long/builds", Map.of()).status()).isEqualTo(201);
            first.awaitLog("long", 1, "long work started");

            assertThatThrownBy(() -> start("second", "builder-1", Duration.ofSeconds(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SLIPWAY_SERVER_ID 'builder-1' is in use by another live server")
                    .hasMessageContaining("its last heartbeat was at ")
                    .hasMessageContaining("Give every server sharing a database its own SLIPWAY_SERVER_ID");

            JsonNode build = first.get("/api/jobs/long/builds/1").json();
            assertThat(build.path("status").asText()).as("the first server's build runs on").isEqualTo("RUNNING");
            assertThat(first.log("long", 1)).doesNotContain("Aborted");
            assertThat(postgres.count("SELECT COUNT(*) FROM servers WHERE id = 'builder-1'")).isEqualTo(1);
            // the refused server let go of its data folder: it starts there with an id of its own
            try (TestServer second = start("second", "builder-2", Duration.ofSeconds(2))) {
                assertThat(second.get("/api/jobs/long/builds/1").json().path("status").asText()).isEqualTo("RUNNING");
            }
        }
    }

    @Test
    void aSecondServerOnTheDataFolderOfARunningOneIsRefused() {
        try (TestServer first = start("same", "builder-1", Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> start("same", "builder-2", Duration.ofSeconds(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another Slipway server is running on the data folder " + data.resolve("same"));
            assertThat(first.get("/api/health").status()).isEqualTo(200);
        }
    }

    /** The lease is ten minutes: a start that waited for it to run out would overrun the test's time limit. */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aServerRestartedOnItsDataFolderRightAfterAKillTakesItsIdBackAtOnce() throws Exception {
        int port = freePort();
        killable = startProcess(port, "phoenix", "phoenix-1");
        post(port, "/api/jobs", "{\"name\":\"long\",\"pipeline\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(LONG) + "}");
        post(port, "/api/jobs/long/builds", "{}");
        awaitLogOf(port, "long work started");
        killable.destroyForcibly().waitFor();
        assertThat(postgres.count("SELECT COUNT(*) FROM servers WHERE id = 'phoenix-1'"
                + " AND heartbeat_at + lease_millis * INTERVAL '1 millisecond' > CURRENT_TIMESTAMP"))
                .as("the killed server's lease is still live").isEqualTo(1);

        try (TestServer restarted = start("phoenix", "phoenix-1", Duration.ofMinutes(10))) {
            JsonNode build = restarted.awaitEnd("long", 1);
            assertThat(build.path("status").asText()).isEqualTo("ABORTED");
            assertThat(build.path("endReason").asText()).isEqualTo("server restarted");
        }
    }

    private TestServer start(String folder, String serverId, Duration lease) {
        ServerSettings settings = ServerSettings.forTests(data.resolve(folder), TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
        return TestServer.start(SlipwayServer.Options.of(settings)
                .withCluster(new ClusterSettings(serverId, lease, data.resolve("shared-builds"))));
    }

    /** A server in its own process with a ten-minute lease, so that the test can kill it with SIGKILL. */
    private Process startProcess(int port, String folder, String serverId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.slipway.server.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(folder + ".out").toFile());
        Map<String, String> env = builder.environment();
        env.put("SLIPWAY_PORT", Integer.toString(port));
        env.put("SLIPWAY_DATA", data.resolve(folder).toString());
        env.put("SLIPWAY_ADMIN_TOKEN", TestServer.TOKEN);
        env.put("SLIPWAY_GATEWAY_ENABLED", "false");
        env.put("SLIPWAY_SAMPLES", data.resolve("no-samples").toString());
        env.put("SLIPWAY_SERVER_ID", serverId);
        env.put("SLIPWAY_SERVER_LEASE_SECONDS", "600");
        env.put("SLIPWAY_BUILDS_DIR", data.resolve("shared-builds").toString());
        env.put("SLIPWAY_DB_URL", postgres.url());
        env.put("SLIPWAY_DB_USER", postgres.user());
        env.put("SLIPWAY_DB_PASSWORD", postgres.password());
        Process process = builder.start();
        await(() -> {
            try {
                return get(port, "/api/health").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return process;
    }

    private void awaitLogOf(int port, String text) throws Exception {
        await(() -> {
            try {
                return get(port, "/api/jobs/long/builds/1/log").body().contains(text);
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static HttpResponse<String> get(int port, String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    private static void post(int port, String path, String json) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
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

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
