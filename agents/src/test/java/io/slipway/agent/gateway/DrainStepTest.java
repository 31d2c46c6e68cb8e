package io.slipway.agent.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.consul.ConsulRegistry;
import io.slipway.agent.consul.ConsulSettings;
import io.slipway.agent.release.TestBuild;
import io.slipway.gateway.GatewayNode;
import io.slipway.testsupport.consul.FakeConsul;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drain against a real gateway node and the shared Consul-compatible fake (FakeConsul, not Consul). */
class DrainStepTest {

    @TempDir
    Path dir;

    private final Gateways gateways = new Gateways();
    private final AdminClient admin = new AdminClient();
    private final DrainStep step = new DrainStep(admin, new ConsulRegistry());
    private LocalUpstream blue;
    private GatewayNode node;
    private FakeConsul consul;

    @BeforeEach
    void start() throws Exception {
        blue = new LocalUpstream("blue", 200);
        node = gateways.start(dir.resolve("gw"));
        consul = new FakeConsul();
        consul.register("shop-blue", "shop", "127.0.0.1", 8081, List.of("blue"));
        TestBuild setup = build("setup");
        setup.run(new GatewayTargetsStep(admin), Map.of("upstream", "shop",
                "targets", List.of(Map.of("target", blue.target(), "weight", 100))));
        setup.run(new GatewayRouteStep(admin), Map.of("service", "shop", "url", "http://shop:80", "paths", "/shop"));
    }

    @AfterEach
    void stop() {
        gateways.close();
        blue.close();
        consul.close();
    }

    private TestBuild build(String name) {
        return new TestBuild(dir.resolve(name)).with(GatewayNodes.class, Gateways.nodes(node))
                .with(ConsulSettings.class, ConsulSettings.of(consul.url()));
    }

    @Test
    void drainWaitsForTheRequestInFlightToFinishAndTheRequestSucceeds() throws Exception {
        blue.holdRequests();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return Gateways.get(node, "/shop");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitInFlight(1);
        TestBuild build = build("drain");

        CompletableFuture<Object> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return build.run(step, Map.of("upstream", "shop", "target", blue.target(), "consulId", "shop-blue"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitLog(build, "drain: waiting for 1 request(s) in flight to " + blue.target());
        assertThat(drained).isNotDone();
        assertThat(consul.instances()).isEmpty();

        blue.release();
        drained.get(30, TimeUnit.SECONDS);
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("blue");
        assertThat(build.changes).extracting(c -> c.kind()).containsExactly("gateway.targets", "consul.service");
        assertThat(build.changes.get(1).before()).contains("\"id\":\"shop-blue\"");
        assertThat(build.changes.get(1).after()).isNull();
        assertThat(Gateways.get(node, "/shop").statusCode()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void aRequestThatOutlivesTheTimeoutFailsTheDrainNamingTheNode() throws Exception {
        blue.holdRequests();
        CompletableFuture.runAsync(() -> {
            try {
                Gateways.get(node, "/shop");
            } catch (Exception e) {
                // the request ends when the test releases the upstream
            }
        });
        awaitInFlight(1);
        TestBuild build = build("drain");

        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "target", blue.target(), "timeout", 1)))
                .hasMessage("drain: requests still in flight to " + blue.target() + " after 1 s: node "
                        + node.adminUrl() + " has 1 (its weight stays 0)");
        blue.release();
    }

    @Test
    void aTargetTheUpstreamDoesNotHaveIsRefused() {
        TestBuild build = build("drain");
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "target", "127.0.0.1:1")))
                .hasMessage("Jenkinsfile:1:1: drain: '127.0.0.1:1' is not a target of upstream 'shop' (targets: ["
                        + blue.target() + "])");
        assertThat(build.changes).isEmpty();
    }

    private void awaitInFlight(long count) throws Exception {
        var health = new UpstreamHealth(admin);
        var gatewayNode = Gateways.nodes(node).primary();
        for (int i = 0; i < 300; i++) {
            TargetCounts counts = health.read(gatewayNode, "shop").get(blue.target());
            if (counts != null && counts.inFlight().orElse(0) == count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the gateway never counted " + count + " request(s) in flight");
    }

    private static void awaitLog(TestBuild build, String line) throws InterruptedException {
        for (int i = 0; i < 300 && !build.logText().contains(line); i++) {
            Thread.sleep(100);
        }
        assertThat(build.logText()).contains(line);
    }
}
