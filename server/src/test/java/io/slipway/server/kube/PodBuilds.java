package io.slipway.server.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import java.time.Duration;

/**
 * Waits for builds that run on pod agents. Bounded like {@link TestServer#awaitEnd}, but longer: each build
 * starts an agent JVM (the fake kubelet's "container") and the agent checks out and runs there, which on a
 * loaded two-core machine takes far longer than an in-process build.
 */
final class PodBuilds {

    private static final Duration BOUND = Duration.ofMinutes(4);

    private PodBuilds() {
    }

    static JsonNode awaitEnd(TestServer server, String job, int number) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode build = server.get("/api/jobs/" + job + "/builds/" + number).json();
            String status = build.path("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return build;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("build " + job + " #" + number + " did not end; log:\n" + server.log(job, number));
    }

    static void awaitLog(TestServer server, String job, int number, String text) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (server.log(job, number).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("log of " + job + " #" + number + " never showed '" + text + "':\n" + server.log(job, number));
    }
}
