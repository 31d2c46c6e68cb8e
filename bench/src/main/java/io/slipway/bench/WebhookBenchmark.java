package io.slipway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks against a real server process over loopback, signed as GitHub signs them.
 * <ol>
 *   <li>Latency: sequential pushes of new commits (a real Git repository, {@code git} CLI); from the
 *   moment a delivery is sent to the start of the build's first stage (goal: median under 100 ms).</li>
 *   <li>Burst: {@code count} deliveries sent at once for one push, a tenth of them redeliveries of
 *   others; every distinct delivery must be recorded once, every redelivery answered "duplicate", and
 *   the job (quiet period 10 s) must have exactly the builds the answers named: deliveries that
 *   arrive while a build still waits join it, so there are as many builds as quiet periods the burst
 *   spans (one when it is answered within 10 s).</li>
 * </ol>
 * Usage: {@code java -cp bench/target/benchmarks.jar io.slipway.bench.WebhookBenchmark JAR [samples] [count]}.
 */
public final class WebhookBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "bench-webhook-secret";
    private static final String PIPELINE = """
            pipeline {
                agent any
                stages {
                    stage('First') {
                        steps {
                            echo 'first step'
                        }
                    }
                }
            }
            """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Path repo;

    private WebhookBenchmark(String base, Path repo) {
        this.base = base;
        this.repo = repo;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/slipway.jar");
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path data = Files.createTempDirectory("slipway-webhook-bench");
        Path repo = data.resolve("repo");
        git(data, "init", "-q", "-b", "main", repo.toString());
        Files.writeString(repo.resolve("Jenkinsfile"), PIPELINE);
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "-qm", "pipeline");
        try (ServerProcess server = ServerProcess.start(jar, data, List.of(), 4)) {
            WebhookBenchmark bench = new WebhookBenchmark(server.base(), repo);
            bench.latency(samples);
            bench.burst(count);
        }
    }

    private void latency(int samples) throws Exception {
        createJob("latency", 0);
        int warmup = 10;
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            String commit = commit("latency " + i);
            Instant sent = Instant.now();
            HttpResponse<String> reply = deliver(UUID.randomUUID().toString(), commit);
            if (reply.statusCode() != 202) {
                throw new IllegalStateException("delivery answered " + reply.statusCode() + ": " + reply.body());
            }
            String build = JSON.readTree(reply.body()).path("builds").get(0).asText();
            int number = Integer.parseInt(build.substring(build.indexOf('#') + 1).split(" ")[0]);
            JsonNode ended = awaitEnd("latency", number);
            if (!ended.path("commit").asText().equals(commit)) {
                throw new IllegalStateException("build " + number + " built " + ended.path("commit") + ", not " + commit);
            }
            if (i >= warmup) {
                micros.add(Duration.between(sent, Instant.parse(ended.at("/stages/0/startedAt").asText())).toNanos() / 1000);
            }
        }
        micros.sort(Long::compare);
        System.out.printf("webhook to first step, %d sequential pushes after %d warm-up: median %.1f ms, p90 %.1f ms,"
                + " max %.1f ms%n", samples, warmup, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.9)) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }

    private void burst(int count) throws Exception {
        createJob("burst", 10);
        String commit = commit("burst");
        int distinct = count - count / 10;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        List<String> sends = new ArrayList<>(ids);
        for (int i = 0; i < count - distinct; i++) {
            sends.add(ids.get(i));
        }
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (String id : sends) {
            replies.add(http.sendAsync(request(id, commit), HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Integer> outcomes = new HashMap<>();
        java.util.Set<String> answeredBuilds = new java.util.TreeSet<>();
        for (CompletableFuture<HttpResponse<String>> reply : replies) {
            HttpResponse<String> response = reply.get(120, TimeUnit.SECONDS);
            JsonNode answer = JSON.readTree(response.body());
            outcomes.merge(answer.path("outcome").asText("status " + response.statusCode()), 1, Integer::sum);
            // The latency job watches the same repository and builds too; only the burst job is checked.
            answer.path("builds").forEach(b -> {
                if (b.asText().startsWith("burst#")) {
                    answeredBuilds.add(b.asText().split(" ")[0]);
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode recorded = get("/api/webhooks/deliveries?provider=github&limit=1000&offset=0");
        long burstRecorded = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode delivery : recorded) {
            if (delivery.path("commit").asText().equals(commit)) {
                burstRecorded++;
                seen.add(delivery.path("delivery").asText());
            }
        }
        JsonNode builds = get("/api/jobs/burst/builds");
        JsonNode build = awaitEnd("burst", builds.get(0).path("number").asInt());
        java.util.Set<String> listedBuilds = new java.util.TreeSet<>();
        builds.forEach(b -> listedBuilds.add("burst#" + b.path("number").asInt()));
        System.out.printf("%d deliveries at once (%d distinct, %d redeliveries): answered in %.2f s = %.0f deliveries/s;"
                + " outcomes %s%n", count, distinct, count - distinct, seconds, count / seconds, outcomes);
        System.out.printf("recorded: %d (distinct ids %d); builds of the job: %d %s, the same the answers named %s;"
                + " newest built the pushed commit: %s (%s)%n", burstRecorded, seen.size(), builds.size(), listedBuilds,
                answeredBuilds, build.path("commit").asText().equals(commit), build.path("status").asText());
        if (burstRecorded != distinct || seen.size() != distinct || !listedBuilds.equals(answeredBuilds)
                || outcomes.getOrDefault("duplicate", 0) != count - distinct) {
            throw new IllegalStateException("deliveries lost, recorded twice or builds not merged");
        }
    }

    private void createJob(String name, int quietPeriod) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", name, "quietPeriod", quietPeriod,
                "repository", Map.of("url", repo.toUri().toString(), "branch", "main"),
                "webhook", Map.of("secret", SECRET)));
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("job not created: " + reply.body());
        }
    }

    private String commit(String message) throws Exception {
        Files.writeString(repo.resolve("CHANGES"), message + "\n");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "-qm", message);
        return new String(new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "HEAD").start()
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    private HttpResponse<String> deliver(String id, String commit) throws Exception {
        return http.send(request(id, commit), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String id, String commit) throws Exception {
        String body = "{\"ref\":\"refs/heads/main\",\"before\":\"" + "1".repeat(40) + "\",\"after\":\"" + commit
                + "\",\"repository\":{\"clone_url\":\"" + repo.toUri() + "\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(base + "/webhooks/github")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-GitHub-Delivery", id).header("X-Hub-Signature-256", "sha256=" + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + ServerProcess.TOKEN).build(), HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private JsonNode awaitEnd(String job, int number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode build = get("/api/jobs/" + job + "/builds/" + number);
            String status = build.path("status").asText();
            if (!status.isEmpty() && !status.equals("QUEUED") && !status.equals("RUNNING")) {
                return build;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("build " + job + " #" + number + " did not end within 120 s");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
        }
    }
}
