package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BalancingTest extends ProxyTestBase {

    @Test
    void weightedRoundRobinSplitsRequestsByWeightAndWeightZeroGetsNone() throws Exception {
        EchoUpstream a = upstream("a");
        EchoUpstream b = upstream("b");
        EchoUpstream off = upstream("off");
        Upstream upstream = upstreamEntity("pool", "round-robin", null, null, null, null);
        Service service = serviceWith("svc", "pool", 80, 0, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), a.address(), 300), Target.of(upstream.id(), b.address(), 100),
                Target.of(upstream.id(), off.address(), 0), service, Route.forPaths("r", service.id(), "/"));

        assertThat(distribution("/x", 400)).containsExactly(Map.entry("a", 300), Map.entry("b", 100));
        assertThat(off.hits.get()).isZero();
    }

    @Test
    void leastConnectionsAvoidsTheTargetBusyWithASlowRequest() throws Exception {
        EchoUpstream a = upstream("a");
        EchoUpstream b = upstream("b");
        Upstream upstream = upstreamEntity("pool", "least-connections", null, null, null, null);
        Service service = serviceWith("svc", "pool", 80, 0, 1000, 10000);
        apply(upstream, Target.of(upstream.id(), a.address(), 100), Target.of(upstream.id(), b.address(), 100),
                service, Route.forPaths("r", service.id(), "/"));

        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(uri("/slow?ms=1500"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        while (a.hits.get() + b.hits.get() == 0) {
            Thread.sleep(5);
        }
        String busy = a.hits.get() == 1 ? "a" : "b";
        Map<String, Integer> fast = distribution("/fast", 10);

        assertThat(fast).doesNotContainKey(busy);
        assertThat(json(slow.get().body()).path("upstream").asText()).isEqualTo(busy);
    }

    @Test
    void consistentHashingOnAHeaderKeepsEachKeyOnOneTarget() throws Exception {
        EchoUpstream a = upstream("a");
        EchoUpstream b = upstream("b");
        Upstream upstream = upstreamEntity("pool", "consistent-hashing", "header", "X-User", null, null);
        Service service = serviceWith("svc", "pool", 80, 0, 1000, 5000);
        apply(upstream, Target.of(upstream.id(), a.address(), 100), Target.of(upstream.id(), b.address(), 100),
                service, Route.forPaths("r", service.id(), "/"));

        java.util.Set<String> targetsSeen = new java.util.HashSet<>();
        for (int user = 0; user < 20; user++) {
            java.util.Set<String> forUser = new java.util.HashSet<>();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/h")).header("X-User", "user-" + user)
                        .build(), HttpResponse.BodyHandlers.ofString());
                forUser.add(json(r.body()).path("upstream").asText());
            }
            assertThat(forUser).as("user-" + user).hasSize(1);
            targetsSeen.addAll(forUser);
        }
        assertThat(targetsSeen).containsExactlyInAnyOrder("a", "b");
    }
}
