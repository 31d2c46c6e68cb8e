package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Upstream;
import io.slipway.testsupport.consul.FakeConsul;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An upstream following a Consul service, against the shared Consul fake (not a real Consul agent). */
class ConsulUpstreamTest extends ProxyTestBase {

    private FakeConsul consul;

    @Override
    ProxySettings settings() {
        try {
            consul = new FakeConsul();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        closeables.add(consul);
        return super.settings().withConsulUrl(consul.url());
    }

    private Map<String, Integer> awaitDistribution(Map<String, Integer> expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Map<String, Integer> seen;
        do {
            seen = new java.util.TreeMap<>();
            for (int i = 0; i < 4; i++) {
                var r = get("/x");
                seen.merge(r.statusCode() == 200 ? json(r.body()).path("upstream").asText() : "status " + r.statusCode(),
                        1, Integer::sum);
            }
            if (seen.equals(expected)) return seen;
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return seen;
    }

    @Test
    void targetsFollowTheServicesPassingInstances() throws Exception {
        EchoUpstream a = upstream("a");
        EchoUpstream b = upstream("b");
        consul.register("web-1", "web", "127.0.0.1", a.port(), List.of());
        Upstream upstream = upstreamEntity("web-pool", null, null, null, null, "web");
        var service = serviceWith("svc", "web-pool", 80, 0, 1000, 5000);
        apply(upstream, service, Route.forPaths("r", service.id(), "/"));

        assertThat(awaitDistribution(Map.of("a", 4))).isEqualTo(Map.of("a", 4));

        var watch = timers.views().stream().filter(t -> t.name().equals("consul-watch:web-pool")).findFirst();
        assertThat(watch).as("the watch is a timer: %s", timers.views()).isPresent();
        assertThat(watch.get().runs()).as("one blocking query per change seen, the last one still open").isPositive();
        assertThat(watch.get().description()).contains("Consul service 'web'");

        consul.register("web-2", "web", "127.0.0.1", b.port(), List.of());
        assertThat(awaitDistribution(Map.of("a", 2, "b", 2))).isEqualTo(Map.of("a", 2, "b", 2));

        consul.setPassing("web-1", false);
        assertThat(awaitDistribution(Map.of("b", 4))).isEqualTo(Map.of("b", 4));

        consul.deregister("web-2");
        assertThat(awaitDistribution(Map.of("status 503", 4))).isEqualTo(Map.of("status 503", 4));
        assertThat(timers.views().stream().filter(t -> t.name().equals("consul-watch:web-pool")).findFirst().orElseThrow()
                .finished()).as("every answered query finished").isGreaterThanOrEqualTo(3);

        apply(serviceWith("other", "127.0.0.1", 80, 0, 1000, 5000));
        assertThat(timers.views()).noneMatch(t -> t.name().startsWith("consul-watch:"));
    }
}
