package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /timers} reports the node's real background tasks as they run, in Kong 3's shape. */
class TimersApiTest extends NodeTest {

    private HttpServer upstream;

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        upstream.start();
    }

    @AfterEach
    void stopUpstream() {
        upstream.stop(0);
    }

    @Test
    void timersListTheNodesScheduledTasksWithKongsShape() {
        var body = admin.get("/timers").json();
        assertThat(body.at("/worker/id").asInt()).isZero();
        assertThat(body.at("/worker/count").asInt()).isEqualTo(1);
        var timers = body.at("/stats/timers");
        assertThat(names(timers)).contains("config-poll", "cluster-heartbeat", "healthcheck-tick");
        var sys = body.at("/stats/sys");
        assertThat(sys.get("total").asInt()).isEqualTo(timers.size());
        assertThat(sys.get("running").asInt() + sys.get("pending").asInt() + sys.get("waiting").asInt())
                .isEqualTo(timers.size());
        var poll = timers.get("config-poll");
        assertThat(poll.get("name").asText()).isEqualTo("config-poll");
        assertThat(poll.at("/meta/name").asText()).contains("reloads the configuration");
        assertThat(poll.at("/meta/callstack").asText()).isEqualTo("io.slipway.gateway.store.ConfigStore");
        assertThat(poll.at("/stats/elapsed_time").has("variance")).isTrue();
        assertThat(body.at("/stats/flamegraph/elapsed_time").asText())
                .contains("io.slipway.gateway.store.ConfigStore;config-poll ");

        // the health-check tick runs every 100 ms: its runs keep growing, and GET / counts with the same numbers
        long before = timers.at("/healthcheck-tick/stats/runs").asLong();
        var later = until(b -> b.at("/stats/timers/healthcheck-tick/stats/runs").asLong() > before);
        assertThat(later.at("/stats/sys/runs").asLong()).isGreaterThan(before);
        var root = admin.get("/").json();
        assertThat(root.at("/timers").has("running")).isTrue();
        assertThat(root.at("/timers").has("pending")).isTrue();
    }

    @Test
    void eachUpstreamWithActiveChecksHasATimerCountingItsProbesAndTheirFailures() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        created("/upstreams", "{\"name\":\"up\",\"healthchecks\":{\"active\":{\"http_path\":\"/health\","
                + "\"healthy\":{\"interval\":0.2},\"unhealthy\":{\"interval\":0.2}}}}");
        created("/upstreams/up/targets", "{\"target\":\"127.0.0.1:" + upstream.getAddress().getPort() + "\"}");
        created("/upstreams/up/targets", "{\"target\":\"127.0.0.1:" + closedPort + "\"}");

        var body = until(b -> b.at("/stats/timers/healthcheck:up/stats/runs").asLong() >= 4
                && !b.at("/stats/timers/healthcheck:up/stats/last_err_msg").asText().isEmpty());
        var probes = body.at("/stats/timers/healthcheck:up");
        assertThat(probes.at("/meta/name").asText()).contains("GET /health").contains("upstream up");
        assertThat(probes.at("/stats/last_err_msg").asText()).startsWith("127.0.0.1:" + closedPort + ": ConnectException");
        long runs = probes.at("/stats/runs").asLong();
        long finished = probes.at("/stats/finish").asLong();
        assertThat(finished).as("probes of the live target finish, those of the closed port fail")
                .isPositive().isLessThan(runs);
        assertThat(probes.at("/stats/elapsed_time/max").asDouble())
                .isGreaterThanOrEqualTo(probes.at("/stats/elapsed_time/min").asDouble());

        // turning the checks off removes the timer
        assertThat(admin.patch("/upstreams/up", "{\"healthchecks\":{\"active\":{\"healthy\":{\"interval\":0},"
                + "\"unhealthy\":{\"interval\":0}}}}").status()).isEqualTo(200);
        var after = until(b -> !b.at("/stats/timers").has("healthcheck:up"));
        assertThat(names(after.at("/stats/timers"))).doesNotContain("healthcheck:up").contains("healthcheck-tick");
    }

    /** GET /timers until {@code condition} holds: at most 100 tries, 100 ms apart. */
    private JsonNode until(Predicate<JsonNode> condition) {
        JsonNode body = admin.get("/timers").json();
        for (int i = 0; i < 100 && !condition.test(body); i++) {
            sleep();
            body = admin.get("/timers").json();
        }
        assertThat(condition.test(body)).as("timers never got there: %s", body).isTrue();
        return body;
    }

    private static List<String> names(JsonNode timers) {
        var names = new ArrayList<String>();
        timers.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
