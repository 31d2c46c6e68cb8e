package io.slipway.gateway.plugin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitingFilterTest {

    private final RateLimitStore store = new RateLimitStore();

    private RateLimitingFilter filter(String id, Map<String, ?> config) {
        return new RateLimitingFilter(id, PluginRegistry.validate("rate-limiting", config), store);
    }

    private static TestExchange send(RateLimitingFilter f, String ip) {
        return TestExchange.get("/").from(ip).run(f).upstreamResponds(200, new DefaultHttpHeaders(), "ok");
    }

    @Test
    void requestsOverTheLimitGet429WithKongsHeaders() {
        RateLimitingFilter f = filter("p1", Map.of("hour", 3, "limit_by", "ip"));
        for (int i = 1; i <= 3; i++) {
            TestExchange ok = send(f, "10.0.0.1");
            assertThat(ok.passed).isTrue();
            assertThat(ok.responseHeaders.get("X-RateLimit-Limit-Hour")).isEqualTo("3");
            assertThat(ok.responseHeaders.get("X-RateLimit-Remaining-Hour")).isEqualTo(Integer.toString(3 - i));
            assertThat(ok.responseHeaders.get("RateLimit-Limit")).isEqualTo("3");
            assertThat(ok.responseHeaders.get("RateLimit-Remaining")).isEqualTo(Integer.toString(3 - i));
            assertThat(Long.parseLong(ok.responseHeaders.get("RateLimit-Reset"))).isBetween(1L, 3600L);
        }
        TestExchange refused = TestExchange.get("/").from("10.0.0.1").run(f);
        assertThat(refused.passed).isFalse();
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"message\":\"API rate limit exceeded\"}");
        assertThat(refused.responseHeaders.get("X-RateLimit-Remaining-Hour")).isEqualTo("0");
        assertThat(refused.responseHeaders.get("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(refused.responseHeaders.get("Retry-After"))).isBetween(1L, 3600L);
    }

    @Test
    void eachClientIpHasItsOwnCount() {
        RateLimitingFilter f = filter("p1", Map.of("hour", 1, "limit_by", "ip"));
        assertThat(send(f, "10.0.0.1").passed).isTrue();
        assertThat(send(f, "10.0.0.2").passed).isTrue();
        assertThat(send(f, "10.0.0.1").status).isEqualTo(429);
    }

    @Test
    void consumersAreCountedSeparatelyAndAnonymousRequestsByIp() {
        RateLimitingFilter f = filter("p1", Map.of("day", 1));
        AuthenticatedConsumer a = new AuthenticatedConsumer("a", "a", null, "k", List.of());
        AuthenticatedConsumer b = new AuthenticatedConsumer("b", "b", null, "k", List.of());
        assertThat(TestExchange.get("/").as(a).run(f).passed).isTrue();
        assertThat(TestExchange.get("/").as(b).run(f).passed).isTrue();
        assertThat(TestExchange.get("/").as(a).run(f).status).isEqualTo(429);
        assertThat(TestExchange.get("/").run(f).passed).isTrue();
    }

    @Test
    void refusedRequestsDoNotUseUpOtherPeriods() {
        RateLimitingFilter f = filter("p1", Map.of("minute", 1, "hour", 5, "limit_by", "ip"));
        send(f, "10.0.0.1");
        send(f, "10.0.0.1");
        TestExchange third = send(f, "10.0.0.1");
        assertThat(third.status).isEqualTo(429);
        assertThat(third.responseHeaders.get("X-RateLimit-Remaining-Hour")).isEqualTo("4");
        assertThat(third.responseHeaders.get("X-RateLimit-Remaining-Minute")).isEqualTo("0");
    }

    @Test
    void countsSurviveARebuildOfTheFilterForTheSamePlugin() {
        assertThat(send(filter("p1", Map.of("hour", 1, "limit_by", "ip")), "10.0.0.1").passed).isTrue();
        assertThat(send(filter("p1", Map.of("hour", 1, "limit_by", "ip")), "10.0.0.1").status).isEqualTo(429);
        assertThat(send(filter("p2", Map.of("hour", 1, "limit_by", "ip")), "10.0.0.1").passed).isTrue();
    }

    @Test
    void headerLimitCountsPerHeaderValue() {
        RateLimitingFilter f = filter("p1", Map.of("hour", 1, "limit_by", "header", "header_name", "X-Tenant"));
        assertThat(TestExchange.get("/").header("X-Tenant", "t1").run(f).passed).isTrue();
        assertThat(TestExchange.get("/").header("X-Tenant", "t2").run(f).passed).isTrue();
        assertThat(TestExchange.get("/").header("X-Tenant", "t1").run(f).status).isEqualTo(429);
    }

    @Test
    void clientHeadersCanBeHiddenAndErrorsCustomized() {
        RateLimitingFilter f = filter("p1", Map.of("minute", 1, "limit_by", "ip", "hide_client_headers", true,
                "error_code", 503, "error_message", "slow down"));
        TestExchange ok = send(f, "10.0.0.1");
        assertThat(ok.responseHeaders.contains("X-RateLimit-Limit-Minute")).isFalse();
        TestExchange refused = TestExchange.get("/").from("10.0.0.1").run(f);
        if (refused.status != 0) {         // a new minute may have begun between the two requests
            assertThat(refused.status).isEqualTo(503);
            assertThat(refused.body()).contains("slow down");
            assertThat(refused.responseHeaders.contains("RateLimit-Limit")).isFalse();
            assertThat(refused.responseHeaders.contains("Retry-After")).isTrue();
        }
    }

    @Test
    void aFullStoreLetsRequestsThroughWhenFaultTolerant() {
        RateLimitStore tiny = new RateLimitStore(2, 1);
        RateLimitingFilter f = new RateLimitingFilter("p1",
                PluginRegistry.validate("rate-limiting", Map.of("hour", 1, "limit_by", "ip")), tiny);
        for (int i = 1; i <= 5; i++) {
            assertThat(send(f, "10.0.0." + i).passed).isTrue();
        }
    }

    @Test
    void calendarWindowsAlignToMonthsAndYears() {
        long midMarch2026 = java.time.Instant.parse("2026-03-15T12:00:00Z").toEpochMilli();
        assertThat(RateLimitPeriod.MONTH.windowStart(midMarch2026))
                .isEqualTo(java.time.Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        assertThat(RateLimitPeriod.MONTH.windowEnd(midMarch2026))
                .isEqualTo(java.time.Instant.parse("2026-04-01T00:00:00Z").toEpochMilli());
        assertThat(RateLimitPeriod.YEAR.windowStart(midMarch2026))
                .isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        assertThat(RateLimitPeriod.MINUTE.windowStart(midMarch2026 + 59_999)).isEqualTo(midMarch2026);
    }
}
