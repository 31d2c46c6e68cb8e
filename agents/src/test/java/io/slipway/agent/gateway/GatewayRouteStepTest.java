package io.slipway.agent.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.release.TestBuild;
import io.slipway.agent.step.StepFailure;
import io.slipway.gateway.GatewayNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayRouteStepTest {

    @TempDir
    Path dir;

    private final Gateways gateways = new Gateways();
    private final GatewayRouteStep step = new GatewayRouteStep(new AdminClient());
    private LocalUpstream blue;
    private LocalUpstream green;

    @BeforeEach
    void upstreams() throws Exception {
        blue = new LocalUpstream("blue", 200);
        green = new LocalUpstream("green", 200);
    }

    @AfterEach
    void stop() {
        gateways.close();
        blue.close();
        green.close();
    }

    @Test
    void routeIsCreatedAndRequestsThroughTheProxyReachTheService() throws Exception {
        GatewayNode node = gateways.start(dir.resolve("gw"));
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, Gateways.nodes(node));

        var result = build.run(step, Map.of("service", "shop", "url", blue.url(), "paths", List.of("/shop")));

        assertThat(Gateways.get(node, "/shop/cart").body()).isEqualTo("blue");
        assertThat(TestBuild.valueMap(result)).containsEntry("changed", true);
        assertThat(build.changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("gateway.route");
            assertThat(change.target()).isEqualTo("shop");
            assertThat(change.before()).isNull();
            var after = new ObjectMapper().readTree(change.after());
            assertThat(after.path("url").asText()).isEqualTo(blue.url());
            assertThat(after.path("paths").get(0).asText()).isEqualTo("/shop");
        });
        assertThat(build.logText()).contains("created route 'shop'");
    }

    @Test
    void aSecondRunWithTheSameArgumentsChangesNothingAndSaysSo() throws Exception {
        GatewayNode node = gateways.start(dir.resolve("gw"));
        TestBuild first = new TestBuild(dir.resolve("1")).with(GatewayNodes.class, Gateways.nodes(node));
        Map<String, Object> args = Map.of("service", "shop", "url", blue.url(), "paths", List.of("/shop"),
                "name", "shop-route", "stripPath", true);
        var firstResult = first.run(step, args);

        TestBuild second = new TestBuild(dir.resolve("2")).with(GatewayNodes.class, Gateways.nodes(node));
        var secondResult = second.run(step, args);

        assertThat(TestBuild.valueMap(secondResult)).containsEntry("changed", false)
                .containsEntry("configurationHash", TestBuild.valueMap(firstResult).get("configurationHash"));
        assertThat(second.changes).isEmpty();
        assertThat(second.logText()).contains("already as requested; nothing changed");
    }

    @Test
    void changingTheUrlUpdatesTheServiceAndRecordsWhatWasThereBefore() throws Exception {
        GatewayNode node = gateways.start(dir.resolve("gw"));
        new TestBuild(dir.resolve("1")).with(GatewayNodes.class, Gateways.nodes(node))
                .run(step, Map.of("service", "shop", "url", blue.url(), "paths", List.of("/shop")));
        TestBuild build = new TestBuild(dir.resolve("2")).with(GatewayNodes.class, Gateways.nodes(node));

        build.run(step, Map.of("service", "shop", "url", green.url(), "paths", List.of("/shop", "/store")));

        assertThat(Gateways.get(node, "/shop").body()).isEqualTo("green");
        assertThat(Gateways.get(node, "/store").body()).isEqualTo("green");
        var change = build.changes.get(0);
        assertThat(new ObjectMapper().readTree(change.before()).path("url").asText()).isEqualTo(blue.url());
        assertThat(new ObjectMapper().readTree(change.after()).path("paths")).hasSize(2);
    }

    @Test
    void theStepFinishesOnlyWhenEveryNodeServesTheRoute() throws Exception {
        Path shared = dir.resolve("cluster");
        GatewayNode first = gateways.start(shared);
        GatewayNode second = gateways.start(shared);
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, Gateways.nodes(first, second));

        build.run(step, Map.of("service", "shop", "url", blue.url(), "paths", List.of("/shop")));

        // the second node learns of the change by polling the shared database; the step waited for it
        var response = Gateways.get(second, "/shop");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("blue");
        assertThat(build.logText()).contains("All 2 gateway node(s) serve configuration");
    }

    @Test
    void aNodeThatNeverServesTheChangeIsNamedInTheFailure() throws Exception {
        GatewayNode first = gateways.start(dir.resolve("a"));
        GatewayNode alone = gateways.start(dir.resolve("b"));
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, Gateways.nodes(first, alone));

        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "url", blue.url(),
                "paths", List.of("/shop"), "syncTimeout", 1)))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("not every gateway node serves the change after 1 s")
                .hasMessageContaining("node " + alone.adminUrl() + " lags");
    }

    @Test
    void badArgumentsAreRefusedWithTheArgumentNamed() throws Exception {
        GatewayNode node = gateways.start(dir.resolve("gw"));
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, Gateways.nodes(node));

        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "paths", List.of("/shop"))))
                .hasMessage("Jenkinsfile:1:1: gatewayRoute: missing argument 'url'");
        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "url", "shop:80", "paths", List.of("/s"))))
                .hasMessageContaining("argument 'url' must be an http:// or https:// URL with a host, was 'shop:80'");
        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "url", blue.url())))
                .hasMessageContaining("give 'paths' or 'hosts'");
        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "url", blue.url(), "paths", "/s",
                "stripPaht", false)))
                .hasMessageContaining("unknown argument 'stripPaht'");
        assertThat(build.changes).isEmpty();
    }

    @Test
    void aBuildWithoutGatewayNodesFailsSayingSo() {
        TestBuild build = new TestBuild(dir);
        assertThatThrownBy(() -> build.run(step, Map.of("service", "shop", "url", blue.url(), "paths", "/shop")))
                .hasMessageContaining("this build offers no GatewayNodes");
    }
}
