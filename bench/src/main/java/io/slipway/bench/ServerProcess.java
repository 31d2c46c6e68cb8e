package io.slipway.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Slipway server started as a user starts it ({@code java -jar slipway.jar}) on 127.0.0.1, a free port,
 * H2 in a temp data folder, no embedded gateway and no sample jobs; how long it took to answer
 * {@code GET /api/health}, and its heap as {@code jcmd} reports it. Ends the process it started.
 */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "bench-admin-token";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;
    private final long readyMillis;
    private final long readyCpuMillis;

    private ServerProcess(Process process, int port, long readyMillis) throws IOException {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
        this.readyCpuMillis = cpuMillis();
    }

    /** Starts the jar with {@code jvmFlags} and waits (bounded: 120 s) until the API answers 200. */
    static ServerProcess start(Path jar, Path data, List<String> jvmFlags, int executors) throws Exception {
        return start(jar, data, jvmFlags, executors, Map.of());
    }

    /** As {@link #start(Path, Path, List, int)}, with {@code overrides} added to the server's environment. */
    static ServerProcess start(Path jar, Path data, List<String> jvmFlags, int executors,
            Map<String, String> overrides) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("SLIPWAY_PORT", Integer.toString(port));
        env.put("SLIPWAY_DATA", data.resolve("data").toString());
        env.put("SLIPWAY_ADMIN_TOKEN", TOKEN);
        env.put("SLIPWAY_GATEWAY_ENABLED", "false");
        env.put("SLIPWAY_SAMPLES", data.resolve("no-samples").toString());
        env.put("SLIPWAY_EXECUTORS", Integer.toString(executors));
        env.remove("SLIPWAY_DB_URL");
        env.putAll(overrides);
        Files.createDirectories(data);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        long deadline = start + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(process, port, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the server did not become ready; see " + data.resolve("server.out"));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** From process start to the first 200 of {@code GET /api/health}. */
    long readyMillis() {
        return readyMillis;
    }

    /**
     * CPU time (user + system, all threads) the server had used when it became ready: unlike the wall
     * time, it hardly depends on how busy the machine is, so it tells a slow start from a busy machine.
     */
    long readyCpuMillis() {
        return readyCpuMillis;
    }

    /** CPU time used so far by the server process, from {@code /proc/PID/stat} (utime + stime, 100 Hz ticks). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Used heap in MB, as {@code jcmd PID GC.heap_info} reports it (young and old generations). */
    double usedHeapMb() throws Exception {
        String info = jcmd("GC.heap_info");
        long kb = 0;
        boolean found = false;
        // G1 prints one "garbage-first heap ... used" line; the serial and parallel collectors one per generation.
        for (String line : info.lines().filter(l -> l.contains("heap") || l.contains("generation") || l.contains("Gen ")).toList()) {
            Matcher used = USED.matcher(line);
            if (used.find()) {
                kb += Long.parseLong(used.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("no heap figure in jcmd output:\n" + info);
        }
        return kb / 1024.0;
    }

    /** Runs a full GC in the server ({@code jcmd PID GC.run}). */
    void gc() throws Exception {
        jcmd("GC.run");
    }

    /** Resident set size in MB from {@code /proc/PID/status}. */
    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
