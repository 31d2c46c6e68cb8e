package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ReleaseSettings;
import io.slipway.server.config.ServerSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    private GatewayNode gateway;
    private TestServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Map<String, Object> ports;

    @BeforeEach
    void start() throws IOException {
        gateway = GatewayNode.start(GatewaySettings.loopback(data.resolve("gateway")));
        ReleaseSettings release = ReleaseSettings.none().withGatewayAdminUrls(List.of(gateway.adminUrl()), null);
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(data.resolve("server"), TestServer.TOKEN)
                .withSamples(SAMPLES)).withRelease(release));
        ports = Map.of("BLUE_PORT", freePort(), "GREEN_PORT", freePort(),
                "GATEWAY", "http://127.0.0.1:" + gateway.proxyPort(), "SLOTS", slots.toString());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        gateway.close();
        for (String slot : List.of("blue", "green")) {
            Path pid = slots.resolve(slot + ".pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    @Test
    void releaseToTheIdleSlotSwitchBackAtOnceAndRollBackToADeployment() throws Exception {
        build("blue-green", 1, Map.of("VERSION", "1", "COLOR", "blue"));
        assertThat(throughGateway()).isEqualTo("demo version 1");
        build("blue-green", 2, Map.of("VERSION", "2", "COLOR", "green"));
        assertThat(throughGateway()).isEqualTo("demo version 2");
        assertThat(server.log("blue-green", 2)).contains("demo version 2 is live on the green slot");

        build("blue-green-switch-back", 1, Map.of("COLOR", "blue"));
        assertThat(throughGateway()).as("blue kept running: the switch back is instant").isEqualTo("demo version 1");

        JsonNode deployments = server.get("/api/jobs/blue-green/deployments?environment=demo").json();
        assertThat(deployments).hasSize(2);
        long second = deployments.get(0).path("id").asLong();
        var rollback = server.post("/api/jobs/blue-green/deployments/" + second + "/rollback", "");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(201);
        JsonNode build = server.awaitEnd("blue-green", 3);
        assertThat(build.path("status").asText()).as(server.log("blue-green", 3)).isEqualTo("SUCCESS");
        assertThat(server.log("blue-green", 3)).contains("the green slot already serves version 2: kept running");
        assertThat(throughGateway()).isEqualTo("demo version 2");

        JsonNode where = server.get("/api/deployments?environment=demo").json();
        assertThat(where).extracting(d -> d.path("job").asText() + "#" + d.path("build").asInt())
                .containsExactly("blue-green#3", "blue-green-switch-back#1");
    }

    private void build(String job, int number, Map<String, Object> parameters) {
        Map<String, Object> all = new java.util.HashMap<>(ports);
        all.putAll(parameters);
        if (job.endsWith("switch-back")) {
            all.remove("SLOTS");
        }
        var reply = server.post("/api/jobs/" + job + "/builds", Map.of("parameters", all));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("number").asInt()).isEqualTo(number);
        JsonNode build = server.awaitEnd(job, number);
        assertThat(build.path("status").asText()).as(server.log(job, number)).isEqualTo("SUCCESS");
    }

    private String throughGateway() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.proxyPort() + "/demo/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body().strip();
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}
