package io.slipway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's figures over real HTTP against a server started as a user starts it (see
 * {@link ServerProcess}): start to ready on an empty data folder (migrations run) and again after a restart; heap after start and after a full GC; time from
 * {@code POST /api/jobs/{name}/builds} to the start of the build's first stage, whose first step begins
 * right after (median and p90 of sequential builds of a one-step inline pipeline, after warm-up builds);
 * then {@code burst} builds triggered at once: every one accepted, none lost (all numbers present, all
 * SUCCESS), builds per second from the first trigger to the last build's end. Goals (issue #3): ready
 * under 3 s, heap under 100 MB, median trigger-to-first-step under 50 ms.
 * Usage: {@code java -cp bench/target/benchmarks.jar io.slipway.bench.EngineBenchmark SERVER_JAR
 * [latency samples, default 100] [burst, default 200] [executors, default 4]}; JVM flags for the server
 * in {@code SLIPWAY_BENCH_JVM_FLAGS}.
 */
public final class EngineBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('Only') {
                        steps {
                            echo 'first step'
                        }
                    }
                }
            }
            """;
    private static final int WARMUP = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private EngineBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/slipway.jar");
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int burst = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int executors = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String flags = System.getenv().getOrDefault("SLIPWAY_BENCH_JVM_FLAGS", "");
        List<String> jvmFlags = flags.isBlank() ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
        Path data = Files.createTempDirectory("slipway-engine-bench");
        // BENCH_DB_URL (with BENCH_DB_USER, BENCH_DB_PASSWORD) runs the server on that database (an empty
        // PostgreSQL schema) instead of its H2 file
        Map<String, String> database = new HashMap<>();
        if (System.getenv("BENCH_DB_URL") != null) {
            database.put("SLIPWAY_DB_URL", System.getenv("BENCH_DB_URL"));
            database.put("SLIPWAY_DB_USER", System.getenv().getOrDefault("BENCH_DB_USER", ""));
            database.put("SLIPWAY_DB_PASSWORD", System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        }
        System.out.printf("server: %s, JVM flags: %s, executors: %d, database: %s%n", jar,
                flags.isBlank() ? "(none)" : flags, executors,
                database.isEmpty() ? "H2" : System.getenv("BENCH_DB_URL").split("\\?")[0]);
        try (ServerProcess server = ServerProcess.start(jar, data, jvmFlags, executors, database)) {
            System.out.printf("start to ready: %d ms (server CPU time by then: %d ms)%n", server.readyMillis(),
                    server.readyCpuMillis());
            double heapStart = server.usedHeapMb();
            server.gc();
            System.out.printf("heap after start: %.1f MB used; after a full GC: %.1f MB (RSS %.0f MB)%n",
                    heapStart, server.usedHeapMb(), server.rssMb());
            EngineBenchmark bench = new EngineBenchmark(server.base());
            bench.latency(samples);
            long cpuBefore = server.cpuMillis();
            bench.burst(burst);
            System.out.printf("server CPU time for the burst: %d ms, %.1f ms per build%n", server.cpuMillis() - cpuBefore,
                    (server.cpuMillis() - cpuBefore) / (double) burst);
            server.gc();
            System.out.printf("after the builds and a full GC: heap %.1f MB used, RSS %.0f MB%n", server.usedHeapMb(),
                    server.rssMb());
        }
        try (ServerProcess again = ServerProcess.start(jar, data, jvmFlags, executors, database)) {
            System.out.printf("restart to ready (same data folder, schema migrated, %d builds kept): %d ms"
                    + " (CPU %d ms)%n", WARMUP + samples + burst, again.readyMillis(), again.readyCpuMillis());
        } finally {
            deleteTree(data);
        }
    }

    /** Sequential builds: trigger, wait for the end, read the first stage's start. */
    private void latency(int samples) throws Exception {
        createJob("latency");
        List<Long> micros = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < WARMUP + samples; i++) {
            Instant sent = Instant.now();
            long t0 = System.nanoTime();
            JsonNode created = send("POST", "/api/jobs/latency/builds", "{}");
            long answered = (System.nanoTime() - t0) / 1000;
            JsonNode build = awaitEnd("latency", created.get("number").asInt());
            if (!build.path("status").asText().equals("SUCCESS")) {
                throw new IllegalStateException("build did not succeed: " + build);
            }
            Instant stageStart = Instant.parse(build.at("/stages/0/startedAt").asText());
            if (i >= WARMUP) {
                micros.add(Duration.between(sent, stageStart).toNanos() / 1000);
                answers.add(answered);
            }
        }
        System.out.printf("trigger to first step, %d sequential builds after %d warm-up: median %.1f ms, p90 %.1f ms,"
                + " min %.1f ms, max %.1f ms%n", samples, WARMUP, pct(micros, 50), pct(micros, 90), pct(micros, 0),
                pct(micros, 100));
        System.out.printf("POST .../builds answered (201) in: median %.1f ms, p90 %.1f ms%n", pct(answers, 50),
                pct(answers, 90));
    }

    /** {@code count} builds triggered at once; all must be accepted, run and succeed. */
    private void burst(int count) throws Exception {
        createJob("burst");
        Instant first = Instant.now();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(http.sendAsync(request("POST", "/api/jobs/burst/builds", "{}"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Set<Integer> numbers = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> reply : replies) {
            HttpResponse<String> response = reply.get();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("trigger answered " + response.statusCode() + ": " + response.body());
            }
            numbers.add(JSON.readTree(response.body()).get("number").asInt());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        JsonNode builds;
        while (true) {
            builds = send("GET", "/api/jobs/burst/builds?limit=1000", null);
            long open = 0;
            for (JsonNode b : builds) {
                String status = b.path("status").asText();
                open += status.equals("QUEUED") || status.equals("RUNNING") ? 1 : 0;
            }
            if (open == 0 && builds.size() >= count) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(open + " builds still open after 10 minutes");
            }
            Thread.sleep(50);
        }
        Instant last = first;
        int succeeded = 0;
        Set<Integer> listed = new HashSet<>();
        for (JsonNode b : builds) {
            listed.add(b.get("number").asInt());
            succeeded += b.path("status").asText().equals("SUCCESS") ? 1 : 0;
            Instant finished = Instant.parse(b.get("finishedAt").asText());
            last = finished.isAfter(last) ? finished : last;
        }
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("%d builds triggered at once: %d accepted with distinct numbers, %d listed, %d SUCCESS,"
                + " lost %d; all done in %.2f s = %.1f builds/s%n", count, numbers.size(), listed.size(), succeeded,
                count - listed.size(), seconds, count / seconds);
        if (!listed.equals(numbers) || succeeded != count) {
            throw new IllegalStateException("builds were lost or failed: accepted " + numbers.size() + ", listed "
                    + listed.size() + ", succeeded " + succeeded);
        }
    }

    private void createJob(String name) throws Exception {
        send("POST", "/api/jobs", JSON.writeValueAsString(Map.of("name", name, "pipeline", PIPELINE)));
    }

    private JsonNode awaitEnd(String job, int number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode build = send("GET", "/api/jobs/" + job + "/builds/" + number, null);
            String status = build.path("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return build;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("build " + job + " #" + number + " did not end within 60 s");
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static double pct(List<Long> micros, int percentile) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
