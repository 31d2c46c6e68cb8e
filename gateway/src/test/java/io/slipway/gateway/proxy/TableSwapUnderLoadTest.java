package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TableSwapUnderLoadTest extends ProxyTestBase {

    @Test
    void switchingTargetsWhileRequestsRunFailsNoRequest() throws Exception {
        EchoUpstream blue = upstream("blue");
        EchoUpstream green = upstream("green");
        Upstream upstream = upstreamEntity("pool", null, null, null, null, null);
        Service service = serviceWith("svc", "pool", 80, 1, 1000, 10000);
        Route route = Route.forPaths("r", service.id(), "/");
        Target toBlue = Target.of(upstream.id(), blue.address(), 100);
        Target toGreen = Target.of(upstream.id(), green.address(), 100);
        apply(upstream, toBlue, service, route);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            clients.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/x" + i))
                            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        int swaps = 0;
        while (clients.stream().anyMatch(f -> !f.isDone()) && swaps < 1000) {
            apply(upstream, swaps % 2 == 0 ? toGreen : toBlue, service, route);
            swaps++;
            Thread.sleep(5);
        }
        for (Future<?> f : clients) f.get();
        pool.shutdown();
        running.set(false);

        assertThat(statuses).containsOnlyKeys(200);
        assertThat(statuses.get(200)).isEqualTo(2000);
        assertThat(swaps).isGreaterThan(10);
        assertThat(blue.hits.get()).isPositive();
        assertThat(green.hits.get()).isPositive();
    }
}
