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

    static JsonNode awaitEnd(TestServer server, String job, int number) {
        return server.awaitEnd(job, number, BOUND);
    }

    static void awaitLog(TestServer server, String job, int number, String text) {
        server.awaitLog(job, number, text, BOUND);
    }
}
