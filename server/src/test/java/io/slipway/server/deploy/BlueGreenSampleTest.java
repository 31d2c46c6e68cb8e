package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.GatewayFixture;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.server.config.ServerSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's blue/green sample as a user runs it on one machine: the sample jobs loaded on a server's
 * first start, a real gateway node in-process, the two slots started by the sample itself as local processes
 * on 127.0.0.1 (busybox httpd, or python3 without busybox), curl through the gateway.
 */
class BlueGreenSampleTest {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path data;
    @TempDir
    Path slots;
    private GatewayFixture gateway;
    private Map<String, Object> ports;

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> SlipwayServer.Options
            .of(ServerSettings.forTests(serverData, TestServer.TOKEN).withSamples(SAMPLES))
            .withRelease(gateway.releaseSettings()));

    @BeforeEach
    void start() throws IOException {
        gateway = GatewayFixture.start(data.resolve("gateway"));
        ports = Map.of("BLUE_PORT", freePort(), "GREEN_PORT", freePort(),
                "GATEWAY", "http://127.0.0.1:" + gateway.node().proxyPort(), "SLOTS", slots.toString());
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        for (String slot : List.of("blue", "green")) {
            Path pid = slots.resolve(slot + ".pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    @Test
    void releaseToTheIdleSlotSwitchBackAtOnceAndRollBackToADeployment(TestServer server) {
        build(server, "blue-green", 1, Map.of("VERSION", "1", "COLOR", "blue"));
        assertThat(gateway.get("/demo/").strip()).isEqualTo("demo version 1");
        build(server, "blue-green", 2, Map.of("VERSION", "2", "COLOR", "green"));
        assertThat(gateway.get("/demo/").strip()).isEqualTo("demo version 2");
        assertThat(server.log("blue-green", 2)).contains("demo version 2 is live on the green slot");

        build(server, "blue-green-switch-back", 1, Map.of("COLOR", "blue"));
        assertThat(gateway.get("/demo/").strip()).as("blue kept running: the switch back is instant").isEqualTo("demo version 1");

        JsonNode deployments = server.get("/api/jobs/blue-green/deployments?environment=demo").json();
        assertThat(deployments).hasSize(2);
        long second = deployments.get(0).path("id").asLong();
        var rollback = server.post("/api/jobs/blue-green/deployments/" + second + "/rollback", "");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(201);
        JsonNode build = server.awaitEnd("blue-green", 3);
        assertThat(build.path("status").asText()).as(server.log("blue-green", 3)).isEqualTo("SUCCESS");
        assertThat(server.log("blue-green", 3)).contains("the green slot already serves version 2: kept running");
        assertThat(gateway.get("/demo/").strip()).isEqualTo("demo version 2");

        JsonNode where = server.get("/api/deployments?environment=demo").json();
        assertThat(where).extracting(d -> d.path("job").asText() + "#" + d.path("build").asInt())
                .containsExactly("blue-green#3", "blue-green-switch-back#1");
    }

    private void build(TestServer server, String job, int number, Map<String, Object> parameters) {
        Map<String, Object> all = new java.util.HashMap<>(ports);
        all.putAll(parameters);
        if (job.endsWith("switch-back")) {
            all.remove("SLOTS");
        }
        assertThat(server.buildSucceeds(job, all).path("number").asInt()).isEqualTo(number);
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}
