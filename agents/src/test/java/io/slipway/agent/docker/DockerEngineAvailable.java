package io.slipway.agent.docker;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a real Docker engine and the test registry on 127.0.0.1:5000 answer ({@code .ci/services.sh}'s
 * {@code start_docker} starts both). When they do not, tests that need them skip, except under {@code CI=true},
 * where a missing engine is a failure: CI must run them.
 */
final class DockerEngineAvailable {

    static final String REGISTRY = "127.0.0.1:5000";

    private DockerEngineAvailable() {
    }

    static void require(DockerEngines engines) {
        String problem = null;
        try {
            engines.client(DockerSettings.local()).pingCmd().exec();
        } catch (RuntimeException e) {
            problem = "no Docker engine at unix:///var/run/docker.sock (" + e.getMessage() + ")";
        }
        if (problem == null) {
            try {
                var http = java.net.http.HttpClient.newHttpClient();
                int status = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://" + REGISTRY + "/v2/")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    problem = "the registry at " + REGISTRY + " answered " + status;
                }
            } catch (java.io.IOException e) {
                problem = "no registry at " + REGISTRY + " (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
        }
        if (problem == null) {
            return;
        }
        String hint = problem + "; start them with: source .ci/services.sh && start_docker";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(hint);
        }
        Assumptions.abort(hint);
    }
}
