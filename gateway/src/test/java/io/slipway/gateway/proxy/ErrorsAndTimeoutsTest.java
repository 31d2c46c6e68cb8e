package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import org.junit.jupiter.api.Test;

class ErrorsAndTimeoutsTest extends ProxyTestBase {

    @Test
    void slowUpstreamIsAnswered504WithKongsMessage() throws Exception {
        EchoUpstream slow = upstream("slow");
        Service service = serviceWith("slow", "127.0.0.1", slow.port(), 0, 1000, 300);
        apply(service, Route.forPaths("r", service.id(), "/"));

        var response = get("/slow?ms=3000");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(json(response.body()).path("message").asText()).isEqualTo("The upstream server is timing out");
    }

    @Test
    void upstreamWithoutUsableTargetsIsAnswered503() throws Exception {
        EchoUpstream a = upstream("a");
        Upstream upstream = upstreamEntity("pool", null, null, null, null, null);
        Service service = serviceWith("svc", "pool", 80, 0, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), a.address(), 0), service, Route.forPaths("r", service.id(), "/"));

        var response = get("/x");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response.body()).path("message").asText()).isEqualTo("failure to get a peer from the ring-balancer");
    }

    @Test
    void connectionFailureIsRetriedOnAnotherTarget() throws Exception {
        EchoUpstream live = upstream("live");
        Upstream upstream = upstreamEntity("pool", null, null, null, null, null);
        Service service = serviceWith("svc", "pool", 80, 3, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), "127.0.0.1:" + closedPort(), 100),
                Target.of(upstream.id(), live.address(), 100), service, Route.forPaths("r", service.id(), "/"));

        assertThat(distribution("/x", 20)).containsExactly(java.util.Map.entry("live", 20));
    }

    @Test
    void routeWithoutServiceIsAnswered503() throws Exception {
        apply(new RouteBuilder("orphan", null).paths("/o").build());

        assertThat(get("/o").statusCode()).isEqualTo(503);
    }
}
