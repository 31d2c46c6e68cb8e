package io.slipway.gateway.plugin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimitStoreTest {

    @Test
    void concurrentRequestsNeverOvershootTheLimit() throws Exception {
        RateLimitingFilter f = new RateLimitingFilter("p1",
                PluginRegistry.validate("rate-limiting", Map.of("day", 1000, "limit_by", "ip")), new RateLimitStore());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int passed = 0;
                    for (int i = 0; i < 500; i++) {
                        if (TestExchange.get("/").from("10.0.0.1").run(f).passed) {
                            passed++;
                        }
                    }
                    return passed;
                }));
            }
            int total = 0;
            for (Future<Integer> r : results) {
                total += r.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identifiersWhoseWindowsEndedAreSweptWhenTheStoreFillsUp() {
        RateLimitStore.InstanceCounters counters = new RateLimitStore(3, 2).instance("p1");
        long t0 = 1_700_000_000_000L;
        counters.of("a", t0).increment(RateLimitPeriod.SECOND, t0);
        counters.of("b", t0).increment(RateLimitPeriod.SECOND, t0);
        assertThat(counters.size()).isEqualTo(2);
        long later = t0 + 5_000;
        counters.of("c", later).increment(RateLimitPeriod.SECOND, later);
        assertThat(counters.size()).isEqualTo(1);
        counters.of("d", later).increment(RateLimitPeriod.SECOND, later);
        counters.of("e", later).increment(RateLimitPeriod.SECOND, later);
        assertThat(counters.of("f", later)).as("full, and nothing has expired yet").isNull();
    }

    @Test
    void countersOfRemovedPluginsAreForgotten() {
        RateLimitStore store = new RateLimitStore();
        store.instance("p1").of("a", 0).increment(RateLimitPeriod.HOUR, 0);
        store.retainOnly(java.util.Set.of("p2"));
        assertThat(store.instance("p1").size()).isZero();
    }
}
