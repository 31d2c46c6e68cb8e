package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Healthchecks;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class HealthChecksTest extends ProxyTestBase {

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(20);
        }
    }

    private String health(String upstream, String target) {
        return proxy.upstreamHealth(upstream).orElseThrow().get(target).health();
    }

    @Test
    void activeChecksTakeAFailingTargetOutAndBringItBack() throws Exception {
        EchoUpstream a = upstream("a");
        EchoUpstream b = upstream("b");
        var active = new Healthchecks.Active("http", 1, 10, "/health", true, null, null,
                new Healthchecks.ActiveHealthy(0.1, List.of(200), 2),
                new Healthchecks.ActiveUnhealthy(0.1, List.of(500, 503), 0, 0, 2));
        Upstream upstream = upstreamEntity("pool", null, null, null, new Healthchecks(active, null, 0), null);
        Service service = serviceWith("svc", "pool", 80, 0, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), a.address(), 100), Target.of(upstream.id(), b.address(), 100),
                service, Route.forPaths("r", service.id(), "/"));
        assertThat(health("pool", b.address())).isEqualTo("HEALTHY");

        b.healthStatus = 500;
        await(() -> health("pool", b.address()).equals("UNHEALTHY"), "b is unhealthy");
        assertThat(distribution("/x", 10)).containsExactly(Map.entry("a", 10));
        assertThat(proxy.metricsText()).contains(
                "slipway_upstream_target_health{upstream=\"pool\",target=\"" + b.address() + "\",state=\"unhealthy\"} 1");

        b.healthStatus = 200;
        await(() -> health("pool", b.address()).equals("HEALTHY"), "b is healthy again");
        assertThat(distribution("/x", 10)).containsOnlyKeys("a", "b");
    }

    @Test
    void passiveChecksTakeATargetOutAfterConnectionFailures() throws Exception {
        EchoUpstream a = upstream("a");
        String dead = "127.0.0.1:" + closedPort();
        var passive = new Healthchecks.Passive("http", null, new Healthchecks.PassiveUnhealthy(List.of(500), 1, 0, 0));
        Upstream upstream = upstreamEntity("pool", null, null, null, new Healthchecks(null, passive, 0), null);
        Service service = serviceWith("svc", "pool", 80, 2, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), a.address(), 100), Target.of(upstream.id(), dead, 100),
                service, Route.forPaths("r", service.id(), "/"));

        assertThat(distribution("/x", 4)).containsExactly(Map.entry("a", 4));

        assertThat(health("pool", dead)).isEqualTo("UNHEALTHY");
        assertThat(health("pool", a.address())).isEqualTo("HEALTHY");
    }

    @Test
    void passiveHealthSurvivesAConfigurationChangeForUnchangedTargets() throws Exception {
        EchoUpstream a = upstream("a");
        String dead = "127.0.0.1:" + closedPort();
        var passive = new Healthchecks.Passive("http", null, new Healthchecks.PassiveUnhealthy(List.of(500), 1, 0, 0));
        Upstream upstream = upstreamEntity("pool", null, null, null, new Healthchecks(null, passive, 0), null);
        Service service = serviceWith("svc", "pool", 80, 2, 1000, 5000);
        Target ta = Target.of(upstream.id(), a.address(), 100);
        Target td = Target.of(upstream.id(), dead, 100);
        apply(upstream, ta, td, service, Route.forPaths("r", service.id(), "/"));
        distribution("/x", 4);

        apply(upstream, ta, td, service, Route.forPaths("r2", service.id(), "/"));

        assertThat(health("pool", dead)).isEqualTo("UNHEALTHY");
    }
}
