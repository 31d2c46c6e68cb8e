package io.slipway.agent.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.release.TestBuild;
import io.slipway.gateway.GatewayNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayTargetsStepTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Gateways gateways = new Gateways();
    private final AdminClient admin = new AdminClient();
    private final GatewayTargetsStep step = new GatewayTargetsStep(admin);
    private LocalUpstream blue;
    private LocalUpstream green;
    private GatewayNode node;

    @BeforeEach
    void start() throws Exception {
        blue = new LocalUpstream("blue", 200);
        green = new LocalUpstream("green", 200);
        node = gateways.start(dir.resolve("gw"));
    }

    @AfterEach
    void stop() {
        gateways.close();
        blue.close();
        green.close();
    }

    private TestBuild build(String name) {
        return new TestBuild(dir.resolve(name)).with(GatewayNodes.class, Gateways.nodes(node));
    }

    /** Blue serves the upstream {@code shop} behind the route {@code /shop}. */
    private void blueIsLive() throws Exception {
        build("setup").run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", blue.target(), "weight", 100))));
        build("route").run(new GatewayRouteStep(admin), Map.of("service", "shop", "url", "http://shop:80",
                "paths", List.of("/shop")));
        assertThat(Gateways.get(node, "/shop").body()).isEqualTo("blue");
    }

    @Test
    void aBlueGreenSwitchSendsTrafficToGreenAndKeepsBlueAtWeightZero() throws Exception {
        blueIsLive();
        TestBuild build = build("switch");

        build.run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", green.target(), "weight", 100))));

        for (int i = 0; i < 5; i++) {
            assertThat(Gateways.get(node, "/shop").body()).isEqualTo("green");
        }
        var change = build.changes.get(0);
        assertThat(change.kind()).isEqualTo("gateway.targets");
        assertThat(change.target()).isEqualTo("shop");
        assertThat(TargetWeight.fromJson(JSON.readTree(change.before())))
                .containsExactly(new TargetWeight(blue.target(), 100));
        assertThat(TargetWeight.fromJson(JSON.readTree(change.after())))
                .containsExactlyInAnyOrder(new TargetWeight(blue.target(), 0), new TargetWeight(green.target(), 100));
    }

    @Test
    void switchingBackIsOneCallAndTrafficReachesBlueAgain() throws Exception {
        blueIsLive();
        build("switch").run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", green.target()))));

        build("back").run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", blue.target(), "weight", 100))));

        assertThat(Gateways.get(node, "/shop").body()).isEqualTo("blue");
    }

    @Test
    void canaryWeightsSplitTrafficBetweenBothVersions() throws Exception {
        blueIsLive();
        build("canary").run(step, Map.of("upstream", "shop", "targets", List.of(
                Map.of("target", blue.target(), "weight", 50), Map.of("target", green.target(), "weight", 50))));

        var bodies = new java.util.HashSet<String>();
        for (int i = 0; i < 40 && bodies.size() < 2; i++) {
            bodies.add(Gateways.get(node, "/shop").body());
        }
        assertThat(bodies).containsExactlyInAnyOrder("blue", "green");
    }

    @Test
    void aCanaryWithOthersKeepLeavesTheStableVersionAsItIs() throws Exception {
        blueIsLive();
        TestBuild build = build("canary");

        build.run(step, Map.of("upstream", "shop", "others", "keep",
                "targets", List.of(Map.of("target", green.target(), "weight", 10))));

        assertThat(TargetWeight.fromJson(JSON.readTree(build.changes.get(0).after())))
                .containsExactlyInAnyOrder(new TargetWeight(blue.target(), 100), new TargetWeight(green.target(), 10));
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "others", "drop",
                "targets", List.of(Map.of("target", green.target())))))
                .hasMessageContaining("argument 'others' must be 'zero', 'keep' or 'remove', was 'drop'");
    }

    @Test
    void othersRemoveDeletesTheTargetsNotListed() throws Exception {
        blueIsLive();
        TestBuild build = build("replace");

        build.run(step, Map.of("upstream", "shop", "others", "remove",
                "targets", List.of(Map.of("target", green.target(), "weight", 100))));

        assertThat(TargetWeight.fromJson(JSON.readTree(build.changes.get(0).after())))
                .containsExactly(new TargetWeight(green.target(), 100));
        assertThat(Gateways.get(node, "/shop").body()).isEqualTo("green");
    }

    @Test
    void theSameWeightsTwiceChangeNothingTheSecondTime() throws Exception {
        blueIsLive();
        TestBuild again = build("again");

        var result = again.run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", blue.target(), "weight", 100))));

        assertThat(TestBuild.valueMap(result)).containsEntry("changed", false);
        assertThat(again.changes).isEmpty();
        assertThat(again.logText()).contains("nothing changed");
    }

    @Test
    void aFailingNewVersionIsSwitchedBackByTheWatchWindowAndTheStepFails() throws Exception {
        blueIsLive();
        try (LocalUpstream broken = new LocalUpstream("broken", 500); Traffic traffic = new Traffic(node, "/shop")) {
            TestBuild build = build("watch");

            assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop",
                    "targets", List.of(Map.of("target", broken.target(), "weight", 100)),
                    "watch", Map.of("seconds", 120, "maxErrorRate", 0.1, "minRequests", 5))))
                    .hasMessageContaining("above maxErrorRate 0.1 during the watch window; restored the previous targets ["
                            + blue.target() + "=100]");

            assertThat(Gateways.get(node, "/shop").body()).isEqualTo("blue");
            assertThat(build.changes).hasSize(2);
            assertThat(TargetWeight.fromJson(JSON.readTree(build.changes.get(1).after())))
                    .containsExactly(new TargetWeight(blue.target(), 100));
            assertThat(build.logText()).contains("restoring the previous targets");
        }
    }

    @Test
    void aHealthyNewVersionPassesTheWatchWindowAndKeepsTheTraffic() throws Exception {
        blueIsLive();
        try (Traffic traffic = new Traffic(node, "/shop")) {
            TestBuild build = build("watch");

            build.run(step, Map.of("upstream", "shop", "targets", List.of(Map.of("target", green.target(), "weight", 100)),
                    "watch", Map.of("seconds", 2, "maxErrorRate", 0.01)));

            assertThat(build.logText()).contains("watch window passed: 0 of");
            assertThat(Gateways.get(node, "/shop").body()).isEqualTo("green");
            assertThat(build.changes).hasSize(1);
        }
    }

    @Test
    void badTargetsAreRefusedWithTheItemNamed() {
        TestBuild build = build("bad");
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "targets", List.of(
                Map.of("target", blue.target()), Map.of("target", "green", "weight", 10)))))
                .hasMessage("Jenkinsfile:1:1: gatewayTargets: argument 'targets' item 2: 'target' must be host:port,"
                        + " such as 127.0.0.1:8080, was 'green'");
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "targets", List.of(
                Map.of("target", blue.target(), "weight", 70000)))))
                .hasMessageContaining("argument 'targets' item 1: 'weight' must be a whole number from 0 to 65535, was '70000'");
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "targets", List.of(
                Map.of("target", blue.target())), "watch", Map.of("seconds", 10, "maxErrorRate", 5))))
                .hasMessageContaining("argument 'watch': 'maxErrorRate' (a fraction: 0.05 is 5 %) must be a number from 0.0 to 1.0, was '5'");
        assertThatThrownBy(() -> build.run(step, Map.of("upstream", "shop", "targets", "127.0.0.1:1")))
                .hasMessageContaining("argument 'targets' must be a list");
        assertThat(build.changes).isEmpty();
    }
}
