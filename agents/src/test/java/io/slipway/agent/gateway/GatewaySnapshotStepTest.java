package io.slipway.agent.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.agent.release.TestBuild;
import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewaySnapshotStepTest {

    @TempDir
    Path dir;

    private final Gateways gateways = new Gateways();
    private final AdminClient admin = new AdminClient();

    @AfterEach
    void stop() {
        gateways.close();
    }

    @Test
    void theDeclarativeConfigurationIsStoredAsABuildArtifactWithItsHash() throws Exception {
        GatewayNode node = gateways.start(dir.resolve("gw"));
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, Gateways.nodes(node));
        build.run(new GatewayRouteStep(admin), Map.of("service", "shop", "url", "http://127.0.0.1:9", "paths", "/shop"));

        var result = build.run(new GatewaySnapshotStep(admin), Map.of("file", "gateway/prod.yaml"));

        assertThat(result.value()).isEqualTo("gateway/prod.yaml");
        String yaml = Files.readString(build.buildDir().resolve("artifacts/gateway/prod.yaml"));
        assertThat(yaml).contains("_format_version", "name: shop", "/shop");
        String hash = admin.get(Gateways.nodes(node).primary(), "/status").path("configuration_hash").asText();
        assertThat(build.changes).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("gateway.snapshot");
            assertThat(change.target()).isEqualTo("gateway/prod.yaml");
            assertThat(change.after()).isEqualTo(hash);
        });
    }

    @Test
    void aPathOutsideTheArtifactsIsRefused() {
        TestBuild build = new TestBuild(dir).with(GatewayNodes.class, GatewayNodes.of(List.of("http://127.0.0.1:9"), null));
        assertThatThrownBy(() -> build.run(new GatewaySnapshotStep(admin), Map.of("file", "../../etc/x")))
                .hasMessageContaining("argument 'file' must be a relative path inside the build's artifacts");
    }

    @Test
    void theAdminTokenIsSentToTheNodeAndNeverLogged() throws Exception {
        String token = "gw-admin-token-5d1e";
        GatewayNode node = gateways.start(GatewaySettings.loopback(dir.resolve("gw")).withAdmin("127.0.0.1", 0, token));
        TestBuild build = new TestBuild(dir.resolve("ok"))
                .with(GatewayNodes.class, GatewayNodes.of(List.of(node.adminUrl()), token));

        build.run(new GatewayRouteStep(admin), Map.of("service", "shop", "url", "http://127.0.0.1:9", "paths", "/shop"));
        build.context().log().line("the token was " + token);

        assertThat(build.logText()).doesNotContain(token).contains("the token was ****");
        TestBuild without = new TestBuild(dir.resolve("no")).with(GatewayNodes.class, Gateways.nodes(node));
        assertThatThrownBy(() -> without.run(new GatewaySnapshotStep(admin), Map.of()))
                .hasMessageContaining("gateway node " + node.adminUrl() + ": GET /config?format=yaml answered 401");
    }
}
