package io.slipway.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.config.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real server started in-process on 127.0.0.1 port 0 with a temp data folder, and a small HTTP
 * client that talks to it as a user would (JSON over real HTTP with the admin bearer token).
 */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-admin-token";
    private static final Duration DEFAULT_BOUND = Duration.ofSeconds(60);
    /** Servers started and not yet closed, oldest first: {@link ServerLogOnFailure} reports their log. */
    private static final List<TestServer> OPEN = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlipwayServer server;
    private final Path dataDir;
    private final ServerLogTail logTail;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(SlipwayServer server, Path dataDir, ServerLogTail logTail) {
        this.server = server;
        this.dataDir = dataDir;
        this.logTail = logTail;
    }

    public static TestServer start(Path dataDir) {
        return start(ServerSettings.forTests(dataDir, TOKEN));
    }

    /**
     * The plain test options on {@code dataDir} ({@link ServerSettings#forTests} with {@link #TOKEN}), for a test to
     * add to: {@code TestServer.options(data).withSecurity(...)}.
     */
    public static SlipwayServer.Options options(Path dataDir) {
        return SlipwayServer.Options.of(ServerSettings.forTests(dataDir, TOKEN));
    }

    public static TestServer start(ServerSettings settings) {
        return start(SlipwayServer.Options.of(settings));
    }

    /**
     * A server with more than settings given: {@code SlipwayServer.Options.of(settings).withClock(clock)}, and
     * so on for the release reach, the database sharing and the users' settings.
     */
    public static TestServer start(SlipwayServer.Options options) {
        ServerLogTail tail = ServerLogTail.attach();
        try {
            TestServer started = new TestServer(SlipwayServer.start(options), options.settings().dataDir(), tail);
            OPEN.add(started);
            return started;
        } catch (RuntimeException | Error e) {
            tail.detach();
            e.addSuppressed(tail.asFailureNote("server log while starting"));
            throw e;
        }
    }

    public SlipwayServer server() {
        return server;
    }

    /** The server's data folder ({@code SLIPWAY_DATA}). */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The last lines logged while this server was open (by anything in this JVM, other servers included), as a
     * suppressed exception to add to a failure.
     */
    public Throwable logNote() {
        return logTail.asFailureNote("server log on " + base());
    }

    /**
     * The log lines of the servers open now, as one suppressed exception to add to a failure (each server's tail
     * holds every line logged in this JVM, so the oldest open server's tail serves for all), or none.
     */
    static Optional<Throwable> openServersLogNote() {
        List<TestServer> open = List.copyOf(OPEN);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<String> bases = open.stream().map(TestServer::base).toList();
        return Optional.of(open.get(0).logTail.asFailureNote("server log on " + String.join(", ", bases)));
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response: status code, raw body and the body parsed as JSON (null when it is not JSON). */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Reply get(String path) {
        return send(request(path, TOKEN).GET());
    }

    public Reply delete(String path) {
        return send(request(path, TOKEN).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path, TOKEN).POST(bodyOf(body)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, Object body) {
        return send(request(path, TOKEN).PUT(bodyOf(body)).header("Content-Type", "application/json"));
    }

    /** A GET with the given token, or none when {@code token} is null. */
    public Reply getWithToken(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates job {@code job} from {@code definition} (the job JSON of {@code POST /api/jobs} without its
     * name), starts a build with no parameters and returns it once it has ended (bounded: 60 s).
     */
    public JsonNode run(String job, Map<String, ?> definition) {
        createJob(job, definition);
        return awaitEnd(job, trigger(job));
    }

    /**
     * Creates job {@code job} from {@code definition} (the job JSON of {@code POST /api/jobs} without its name);
     * fails on any answer but 201.
     */
    public void createJob(String job, Map<String, ?> definition) {
        Map<String, Object> body = new LinkedHashMap<>(definition);
        body.put("name", job);
        Reply created = post("/api/jobs", body);
        if (created.status() != 201) {
            throw new AssertionError("creating job " + job + " answered " + created.status() + ": " + created.body());
        }
    }

    /** Creates job {@code job} whose pipeline is {@code pipeline}; fails on any answer but 201. */
    public void createInlineJob(String job, String pipeline) {
        createJob(job, Map.of("pipeline", pipeline));
    }

    /** Creates job {@code job} building the Jenkinsfile on branch {@code main} of the Git repository at {@code url}. */
    public void createRepositoryJob(String job, String url) {
        createJob(job, Map.of("repository", Map.of("url", url, "branch", "main")));
    }

    /** As {@link #run(String, Map)} for a job whose pipeline is given inline. */
    public JsonNode runInline(String job, String pipeline) {
        return run(job, Map.of("pipeline", pipeline));
    }

    /** Creates job {@code job} with {@code pipeline} inline, starts a build with no parameters, returns its number. */
    public int startInline(String job, String pipeline) {
        createInlineJob(job, pipeline);
        return trigger(job);
    }

    /** Starts a build of {@code job} with no parameters and returns its number; fails on any answer but 201. */
    public int trigger(String job) {
        return trigger(job, Map.of());
    }

    /**
     * Starts a build of {@code job} with {@code parameters} (sent as {@code {"parameters": {...}}}, or an empty
     * body when there are none) and returns its number; fails on any answer but 201.
     */
    public int trigger(String job, Map<String, ?> parameters) {
        Reply triggered = post("/api/jobs/" + job + "/builds",
                parameters.isEmpty() ? Map.of() : Map.of("parameters", parameters));
        if (triggered.status() != 201) {
            throw new AssertionError("starting a build of " + job + " answered " + triggered.status() + ": "
                    + triggered.body());
        }
        return triggered.json().get("number").asInt();
    }

    /** Starts a build of {@code job} with {@code parameters} and returns it once it has ended (bounded: 60 s). */
    public JsonNode build(String job, Map<String, ?> parameters) {
        return awaitEnd(job, trigger(job, parameters));
    }

    /**
     * As {@link #build(String, Map)}, and fails with the build's log unless it ended SUCCESS; returns the build
     * (its {@code number} among the rest).
     */
    public JsonNode buildSucceeds(String job, Map<String, ?> parameters) {
        JsonNode build = build(job, parameters);
        String status = build.path("status").asText();
        if (!status.equals("SUCCESS")) {
            int number = build.path("number").asInt();
            throw new AssertionError("build " + job + " #" + number + " ended " + status + ", not SUCCESS; log:\n"
                    + log(job, number));
        }
        return build;
    }

    /** A build's stages as {@code name=STATUS}, in the order the build shows them. */
    public static List<String> stages(JsonNode build) {
        List<String> result = new ArrayList<>();
        build.get("stages").forEach(s -> result.add(s.get("name").asText() + "=" + s.get("status").asText()));
        return result;
    }

    /**
     * Polls a build until its status is final (bounded: 60 s), then returns it; fails with the log
     * when it does not end.
     */
    public JsonNode awaitEnd(String job, int number) {
        return awaitEnd(job, number, DEFAULT_BOUND);
    }

    /** As {@link #awaitEnd(String, int)} with another bound, for builds that start a process or a pod first. */
    public JsonNode awaitEnd(String job, int number, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            Reply reply = get(buildPath(job, number));
            String status = reply.status() == 200 ? reply.json().path("status").asText() : "QUEUED";
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return reply.json();
            }
            pause(50);
        }
        throw new AssertionError("build " + job + " #" + number + " did not end within " + bound + "; log:\n"
                + log(job, number));
    }

    /**
     * Polls until build {@code number} of {@code job} exists (a trigger, a timer or an upstream build starts it),
     * within {@code bound}, and returns it as it is then.
     */
    public JsonNode awaitBuild(String job, int number, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            Reply reply = get(buildPath(job, number));
            if (reply.status() == 200) {
                return reply.json();
            }
            pause(50);
        }
        throw new AssertionError("no build #" + number + " of " + job + " within " + bound);
    }

    /** Polls until the build's log contains {@code text} (bounded: 60 s). */
    public void awaitLog(String job, int number, String text) {
        awaitLog(job, number, text, DEFAULT_BOUND);
    }

    /** As {@link #awaitLog(String, int, String)} with another bound; fails showing the log as it is. */
    public void awaitLog(String job, int number, String text, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (log(job, number).contains(text)) {
                return;
            }
            pause(50);
        }
        throw new AssertionError("log of " + job + " #" + number + " never showed '" + text + "' within " + bound
                + ":\n" + log(job, number));
    }

    private static String buildPath(String job, int number) {
        return "/api/jobs/" + job + "/builds/" + number;
    }

    public String log(String job, int number) {
        return get(buildPath(job, number) + "/log").body();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        try {
            server.close();
        } finally {
            logTail.detach();
        }
    }
}
