package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a separate process, killed with {@code destroyForcibly} (SIGKILL) mid-build and started
 * again on the same data folder: the running build ends ABORTED with its log kept, the queued one runs.
 */
class CrashRecoveryTest {

    private static final String TOKEN = "crash-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;
    Process server;
    int port;

    @AfterEach
    void kill() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void aBuildRunningWhenTheServerIsKilledEndsAbortedAndQueuedBuildsRunAfterRestart() throws Exception {
        port = freePort();
        start();
        assertThat(call("POST", "/api/jobs", Map.of("name", "long", "pipeline", """
                pipeline {
                    agent any
                    stages {
                        stage('Prepare') {
                            steps {
                                echo 'prepared'
                            }
                        }
                        stage('Work') {
                            parallel {
                                stage('A') {
                                    steps {
                                        echo 'work started'
                                        sleep 120
                                    }
                                }
                                stage('B') {
                                    steps {
                                        echo 'also started'
                                        sleep 120
                                    }
                                }
                            }
                        }
                        stage('Never') {
                            steps {
                                echo 'never'
                            }
                        }
                    }
                }
                """)).statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/jobs/long/builds", Map.of()).statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/jobs/long/builds", Map.of()).statusCode()).isEqualTo(201);
        await(() -> log(1).contains("work started") && log(1).contains("also started"));
        assertThat(stageStatuses(1)).containsEntry("A", "RUNNING").containsEntry("B", "RUNNING");
        assertThat(json("/api/jobs/long/builds/2").path("status").asText()).isEqualTo("QUEUED");

        server.destroyForcibly().waitFor();
        start();

        JsonNode first = json("/api/jobs/long/builds/1");
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("ABORTED");
        assertThat(first.get("endReason").asText()).isEqualTo("server restarted");
        assertThat(log(1)).contains("work started", "Aborted: server restarted");
        assertThat(stageStatuses(1)).as("no stage of a finished build is still running")
                .isEqualTo(Map.of("Prepare", "SUCCESS", "Work", "ABORTED", "A", "ABORTED", "B", "ABORTED"));
        for (JsonNode stage : json("/api/jobs/long/builds/1").path("stages")) {
            assertThat(stage.path("durationMillis").asLong()).as(stage.toString()).isGreaterThanOrEqualTo(0);
        }
        await(() -> log(2).contains("work started"));
        call("POST", "/api/jobs/long/builds/2/abort", Map.of());
        await(() -> json("/api/jobs/long/builds/2").path("status").asText().equals("ABORTED"));
    }

    private void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.slipway.server.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + System.nanoTime() + ".out").toFile());
        Map<String, String> env = builder.environment();
        env.put("SLIPWAY_PORT", Integer.toString(port));
        env.put("SLIPWAY_DATA", data.resolve("data").toString());
        env.put("SLIPWAY_ADMIN_TOKEN", TOKEN);
        env.put("SLIPWAY_GATEWAY_ENABLED", "false");
        env.put("SLIPWAY_SAMPLES", data.resolve("no-samples").toString());
        env.put("SLIPWAY_EXECUTORS", "1");
        env.remove("SLIPWAY_DB_URL");
        server = builder.start();
        await(() -> {
            try {
                return call("GET", "/api/health", null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private HttpResponse<String> call(String method, String path, Object body) throws IOException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private JsonNode json(String path) throws IOException {
        return JSON.readTree(call("GET", path, null).body());
    }

    /** Stage name to status, in the order the build record lists them. */
    private Map<String, String> stageStatuses(int number) throws IOException {
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        for (JsonNode stage : json("/api/jobs/long/builds/" + number).path("stages")) {
            statuses.put(stage.path("name").asText(), stage.path("status").asText());
        }
        return statuses;
    }

    private String log(int number) {
        try {
            return call("GET", "/api/jobs/long/builds/" + number + "/log", null).body();
        } catch (IOException e) {
            return "";
        }
    }

    /** Polls a condition, bounded by 90 s (a cold JVM start on a busy machine is slow). */
    private static void await(ThrowingCondition condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met within 90 s");
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean test() throws Exception;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
