package io.slipway.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseSettingsTest {

    @Test
    void withoutSettingsTheStepsReachTheEmbeddedGatewayNodeAndTheLocalDockerEngine() {
        var settings = ReleaseSettings.fromEnvironment(Map.of(), true);
        assertThat(settings.gatewayAdminUrls()).containsExactly("http://127.0.0.1:8001");
        assertThat(settings.consulUrl()).isNull();
        assertThat(settings.dockerHost()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(ReleaseSettings.fromEnvironment(Map.of("SLIPWAY_GATEWAY_ADMIN_PORT", "9001"), true).gatewayAdminUrls())
                .containsExactly("http://127.0.0.1:9001");
        assertThat(ReleaseSettings.fromEnvironment(Map.of(), false).gatewayAdminUrls()).isEmpty();
    }

    @Test
    void everyGatewayNodeAndConsulAreReadFromTheEnvironmentAndTokensNeverPrinted() {
        var settings = ReleaseSettings.fromEnvironment(Map.of(
                "SLIPWAY_GATEWAY_ADMIN_URLS", "http://127.0.0.1:8001, http://127.0.0.1:8101",
                "SLIPWAY_GATEWAY_ADMIN_TOKEN", "adm-s3cret", "SLIPWAY_CONSUL_URL", "http://127.0.0.1:8500",
                "SLIPWAY_CONSUL_TOKEN", "consul-s3cret", "DOCKER_HOST", "tcp://127.0.0.1:2375"), true);
        assertThat(settings.gatewayAdminUrls()).isEqualTo(List.of("http://127.0.0.1:8001", "http://127.0.0.1:8101"));
        assertThat(settings.gatewayAdminToken()).isEqualTo("adm-s3cret");
        assertThat(settings.consulUrl()).isEqualTo("http://127.0.0.1:8500");
        assertThat(settings.dockerHost()).isEqualTo("tcp://127.0.0.1:2375");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void aUrlThatIsNoUrlIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ReleaseSettings.fromEnvironment(Map.of("SLIPWAY_GATEWAY_ADMIN_URLS", "gateway:8001"), true))
                .hasMessage("SLIPWAY_GATEWAY_ADMIN_URLS: 'gateway:8001' is not an http:// or https:// URL");
        assertThatThrownBy(() -> ReleaseSettings.fromEnvironment(Map.of("SLIPWAY_CONSUL_URL", "consul"), true))
                .hasMessage("SLIPWAY_CONSUL_URL: 'consul' is not an http:// or https:// URL");
        assertThatThrownBy(() -> ReleaseSettings.fromEnvironment(Map.of("DOCKER_HOST", "docker:2375"), true))
                .hasMessage("DOCKER_HOST: 'docker:2375' is neither unix:///path nor tcp://host:port");
    }
}
