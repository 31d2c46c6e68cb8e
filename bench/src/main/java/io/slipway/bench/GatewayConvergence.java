package io.slipway.bench;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a change made through one gateway node's Admin API takes to be served by another node
 * sharing its PostgreSQL: from node A's 201 answer to node B's {@code GET /status} reporting the same
 * {@code configuration_hash}, over real HTTP. Goal: within 1 s (Kong's default propagation is 5 s).
 * Reads SLIPWAY_TEST_PG_URL, _USER, _PASSWORD; creates and drops its own database.
 * Usage: {@code java -cp bench/target/benchmarks.jar io.slipway.bench.GatewayConvergence [changes]}.
 */
public final class GatewayConvergence {

    private static final Pattern HASH = Pattern.compile("\"configuration_hash\"\\s*:\\s*\"([^\"]+)\"");
    private static final long WAIT_LIMIT_NANOS = Duration.ofSeconds(5).toNanos();

    private GatewayConvergence() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String adminUrl = required("SLIPWAY_TEST_PG_URL");
        String user = required("SLIPWAY_TEST_PG_USER");
        String password = required("SLIPWAY_TEST_PG_PASSWORD");
        String database = "slipway_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (var c = DriverManager.getConnection(adminUrl, user, password)) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = adminUrl.replaceAll("/[^/?]*(\\?.*)?$", "/" + database + "$1");
        Path data = Files.createTempDirectory("slipway-convergence");
        try (var a = GatewayNode.start(GatewaySettings.loopback(data.resolve("a")).withDatabase(url, user, password));
                var b = GatewayNode.start(GatewaySettings.loopback(data.resolve("b")).withDatabase(url, user, password))) {
            long[] micros = measure(a.adminUrl(), b.adminUrl(), changes);
            report(micros);
        } finally {
            try (var c = DriverManager.getConnection(adminUrl, user, password)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static long[] measure(String nodeA, String nodeB, int changes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long[] micros = new long[changes];
        for (int i = 0; i < changes; i++) {
            var post = HttpRequest.newBuilder(URI.create(nodeA + "/services"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"convergence-" + i + "\",\"url\":\"http://127.0.0.1:9\"}"))
                    .build();
            var created = http.send(post, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("node A refused change " + i + ": " + created.body());
            }
            String target = hash(http, nodeA);
            while (!target.equals(hash(http, nodeB))) {
                if (System.nanoTime() - answered > WAIT_LIMIT_NANOS) {
                    throw new IllegalStateException("node B did not serve change " + i + " within 5 s");
                }
                Thread.sleep(0, 200_000);  // look again soon, without starving node B of the CPU
            }
            micros[i] = (System.nanoTime() - answered) / 1_000;
        }
        return micros;
    }

    private static String hash(HttpClient http, String node) throws Exception {
        var status = http.send(HttpRequest.newBuilder(URI.create(node + "/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = HASH.matcher(status.body());
        if (!m.find()) {
            throw new IllegalStateException("no configuration_hash in " + node + "/status");
        }
        return m.group(1);
    }

    private static void report(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("changes: %d%n", sorted.length);
        System.out.printf("convergence median: %.2f ms%n", sorted[sorted.length / 2] / 1000.0);
        System.out.printf("convergence p99:    %.2f ms%n", sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1000.0);
        System.out.printf("convergence max:    %.2f ms%n", sorted[sorted.length - 1] / 1000.0);
        System.out.printf("goal (max < 1000 ms): %s%n", sorted[sorted.length - 1] < 1_000_000 ? "met" : "NOT met");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (source .ci/services.sh && start_postgres)");
        }
        return value;
    }
}
