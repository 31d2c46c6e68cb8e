package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

    @TempDir
    Path data;

    @Test
    void adminApiBeyondLoopbackRefusesToStartWithoutAToken() {
        var settings = GatewaySettings.loopback(data).withAdmin("0.0.0.0", 0, null);
        assertThatThrownBy(() -> GatewayNode.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SLIPWAY_GATEWAY_ADMIN_TOKEN");
        assertThat(new AdminSettings("10.1.2.3", 8001, null, null).loopbackOnly()).isFalse();
        assertThat(new AdminSettings("127.0.0.1", 8001, null, null).loopbackOnly()).isTrue();
        assertThat(new AdminSettings("::1", 8001, null, null).loopbackOnly()).isTrue();
    }

    @Test
    void everyRequestMustCarryTheTokenWhenOneIsSet() {
        var settings = GatewaySettings.loopback(data).withAdmin("127.0.0.1", 0, "s3cret-admin-token");
        try (var node = GatewayNode.start(settings)) {
            var anonymous = new AdminClient(node.adminUrl()).get("/services");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("message").asText()).contains("token");
            assertThat(anonymous.text()).doesNotContain("s3cret-admin-token");
            assertThat(new AdminClient(node.adminUrl(), Map.of("Kong-Admin-Token", "wrong")).get("/").status())
                    .isEqualTo(401);
            assertThat(new AdminClient(node.adminUrl(), Map.of("Kong-Admin-Token", "s3cret-admin-token"))
                    .get("/services").status()).isEqualTo(200);
            assertThat(new AdminClient(node.adminUrl(), Map.of("Authorization", "Bearer s3cret-admin-token"))
                    .post("/services", "{\"name\":\"s\",\"host\":\"127.0.0.1\"}").status()).isEqualTo(201);
        }
    }

    @Test
    void settingsComeFromTheEnvironmentAndArguments() {
        var settings = GatewaySettings.fromEnvironment(Map.of("SLIPWAY_GATEWAY_PROXY_PORT", "9000",
                "SLIPWAY_GATEWAY_ADMIN_PORT", "9001", "SLIPWAY_GATEWAY_DATA", "/tmp/gw",
                "SLIPWAY_GATEWAY_ADMIN_TOKEN", "t"), new String[] {"--config", "kong.yml"});
        assertThat(settings.proxyPort()).isEqualTo(9000);
        assertThat(settings.adminPort()).isEqualTo(9001);
        assertThat(settings.adminHost()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/gw"));
        assertThat(settings.declarativeConfig()).isEqualTo(Path.of("kong.yml"));
        assertThat(settings.toString()).doesNotContain("=t,");
        var defaults = GatewaySettings.fromEnvironment(Map.of(), new String[0]);
        assertThat(defaults.proxyPort()).isEqualTo(8000);
        assertThat(defaults.adminPort()).isEqualTo(8001);
        assertThat(defaults.dataDir()).isEqualTo(Path.of("data", "gateway"));
        assertThatThrownBy(() -> GatewaySettings.fromEnvironment(Map.of("SLIPWAY_GATEWAY_ADMIN_PORT", "x"), new String[0]))
                .hasMessageContaining("SLIPWAY_GATEWAY_ADMIN_PORT");
    }
}
