package io.slipway.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void emptyConfigurationHashesToZerosLikeKong() {
        assertThat(GatewayConfig.EMPTY.hash()).isEqualTo("00000000000000000000000000000000");
    }

    @Test
    void hashIsStableForEqualContentAndChangesWithIt() {
        var service = Service.of("echo", "http", "127.0.0.1", 8080, null);
        var route = Route.forPaths("r", service.id(), "/echo");
        var first = GatewayConfig.of(List.of(service, route));
        var sameInOtherOrder = GatewayConfig.of(List.of(route, service));
        assertThat(first.hash()).hasSize(32).matches("[0-9a-f]{32}").isEqualTo(sameInOtherOrder.hash());

        var changed = new Service(service.id(), "echo", "http", "127.0.0.1", 8081, null, 5, 60000, 60000, 60000,
                true, null, null, null, null, null, service.createdAt(), service.updatedAt());
        assertThat(GatewayConfig.of(List.of(changed, route)).hash()).isNotEqualTo(first.hash());
    }

    @Test
    void lookupsFindEntitiesByTheirKeys() {
        var upstream = Upstream.named("backend");
        var target = Target.of(upstream.id(), "127.0.0.1:9000", 100);
        var consumer = Consumer.named("alice");
        var config = GatewayConfig.of(List.of(upstream, target, consumer));
        assertThat(config.upstreamByName("backend")).contains(upstream);
        assertThat(config.targetsOf(upstream.id())).containsExactly(target);
        assertThat(config.consumerByUsername("alice")).contains(consumer);
        assertThat(config.find(consumer.id(), Service.class)).isEmpty();
        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.port()).isEqualTo(9000);
    }

    @Test
    void entitiesRoundTripThroughKongJsonWithSnakeCaseNames() {
        var route = Route.forPaths("r", java.util.UUID.randomUUID(), "/a");
        var json = KongJson.toJson(route);
        assertThat(json.get("strip_path").asBoolean()).isTrue();
        assertThat(json.get("https_redirect_status_code").asInt()).isEqualTo(426);
        assertThat(json.get("service").get("id").asText()).isEqualTo(route.serviceId().toString());
        assertThat(json.has("methods")).isTrue();
        assertThat(json.get("methods").isNull()).isTrue();
        assertThat(KongJson.fromJson(json, Route.class)).isEqualTo(route);

        var upstream = Upstream.named("u");
        var upstreamJson = KongJson.toJson(upstream);
        assertThat(upstreamJson.at("/healthchecks/active/http_path").asText()).isEqualTo("/");
        assertThat(upstreamJson.at("/healthchecks/passive/unhealthy/http_statuses").size()).isEqualTo(3);
        assertThat(KongJson.fromJson(upstreamJson, Upstream.class)).isEqualTo(upstream);
    }
}
