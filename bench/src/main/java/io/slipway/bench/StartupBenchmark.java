package io.slipway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up only, several times: {@code java -jar slipway.jar} on an empty data folder (every migration runs,
 * and the sample jobs load when a samples folder is given), then a restart on the same folder; each time from
 * the process start to the first 200 of {@code GET /api/health}, with the server's CPU time by then, and the
 * heap after a full GC. Prints every run and the medians. Usage: {@code StartupBenchmark JAR [runs, default 5]
 * [samples folder, default none]}; JVM flags for the server in {@code SLIPWAY_BENCH_JVM_FLAGS}.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/slipway.jar");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, String> env = args.length > 2
                ? Map.of("SLIPWAY_SAMPLES", Path.of(args[2]).toAbsolutePath().toString()) : Map.of();
        String flags = System.getenv().getOrDefault("SLIPWAY_BENCH_JVM_FLAGS", "");
        List<String> jvmFlags = flags.isBlank() ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
        System.out.printf("server: %s, JVM flags: %s, samples: %s, runs: %d%n", jar,
                flags.isBlank() ? "(none)" : flags, env.getOrDefault("SLIPWAY_SAMPLES", "(none)"), runs);
        List<Long> first = new ArrayList<>();
        List<Long> firstCpu = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> againCpu = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("slipway-startup-bench");
            try {
                try (ServerProcess server = ServerProcess.start(jar, data, jvmFlags, 4, env)) {
                    first.add(server.readyMillis());
                    firstCpu.add(server.readyCpuMillis());
                    server.gc();
                    heap.add(server.usedHeapMb());
                }
                try (ServerProcess server = ServerProcess.start(jar, data, jvmFlags, 4, env)) {
                    again.add(server.readyMillis());
                    againCpu.add(server.readyCpuMillis());
                }
            } finally {
                try (var paths = Files.walk(data)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            System.out.printf("run %d: first start %d ms (CPU %d ms), heap after GC %.1f MB; restart %d ms (CPU %d ms)%n",
                    run, first.get(run - 1), firstCpu.get(run - 1), heap.get(run - 1), again.get(run - 1),
                    againCpu.get(run - 1));
        }
        System.out.printf("median: first start %d ms (CPU %d ms), restart %d ms (CPU %d ms), heap after GC %.1f MB%n",
                median(first), median(firstCpu), median(again), median(againCpu),
                heap.stream().sorted().toList().get(heap.size() / 2));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
