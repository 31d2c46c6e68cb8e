package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import org.junit.jupiter.api.Test;

class MetricsTest extends ProxyTestBase {

    @Test
    void requestsAreCountedByServiceRouteAndStatusWithLatencyHistograms() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        apply(service, Route.forPaths("users", service.id(), "/users"));
        for (int i = 0; i < 3; i++) get("/users/1");
        get("/users/status/503");
        get("/elsewhere");

        String text = proxy.metricsText();

        assertThat(text).contains("slipway_http_requests_total{service=\"echo\",route=\"users\",code=\"200\"} 3");
        assertThat(text).contains("slipway_http_requests_total{service=\"echo\",route=\"users\",code=\"503\"} 1");
        assertThat(text).contains("slipway_http_requests_total{service=\"\",route=\"\",code=\"404\"} 1");
        assertThat(text).contains("slipway_request_latency_ms_count{service=\"echo\",route=\"users\"} 4");
        assertThat(text).contains("slipway_request_latency_ms_bucket{service=\"echo\",route=\"users\",le=\"+Inf\"} 4");
        assertThat(text).contains("# TYPE slipway_http_requests_total counter");
    }
}
