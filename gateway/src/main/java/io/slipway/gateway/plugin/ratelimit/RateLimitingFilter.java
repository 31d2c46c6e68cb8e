package io.slipway.gateway.plugin.ratelimit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.schema.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Kong's rate-limiting plugin with the {@code local} policy: fixed windows per period
 * ({@code second} ... {@code year}) counted in a {@link RateLimitStore} per plugin instance and
 * identifier ({@code limit_by}). Over a limit the request is answered {@code error_code} (429) with
 * {@code error_message} ("API rate limit exceeded") and {@code Retry-After}. Unless
 * {@code hide_client_headers}, responses carry {@code X-RateLimit-Limit-<Period>},
 * {@code X-RateLimit-Remaining-<Period>} and {@code RateLimit-Limit}/{@code -Remaining}/{@code -Reset}
 * of the period closest to its limit. When the store is full, {@code fault_tolerant} lets the
 * request through uncounted, else it is answered 500.
 */
public final class RateLimitingFilter implements Filter {

    static final AsciiString RATELIMIT_LIMIT = AsciiString.cached("RateLimit-Limit");
    static final AsciiString RATELIMIT_REMAINING = AsciiString.cached("RateLimit-Remaining");
    static final AsciiString RATELIMIT_RESET = AsciiString.cached("RateLimit-Reset");

    private final RateLimitPeriod[] periods;
    private final long[] limits;
    private final String[] limitTexts;
    private final LimitBy limitBy;
    private final AsciiString headerName;
    private final String path;
    private final boolean faultTolerant;
    private final boolean hideClientHeaders;
    private final int errorCode;
    private final String errorMessage;
    private final RateLimitStore.InstanceCounters counters;

    public RateLimitingFilter(String pluginId, ObjectNode config, RateLimitStore store) {
        List<RateLimitPeriod> configured = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (RateLimitPeriod period : RateLimitPeriod.values()) {
            if (config.path(period.field()).isNumber()) {
                configured.add(period);
                values.add((long) Math.floor(config.path(period.field()).asDouble()));
            }
        }
        this.periods = configured.toArray(RateLimitPeriod[]::new);
        this.limits = values.stream().mapToLong(Long::longValue).toArray();
        this.limitTexts = values.stream().map(String::valueOf).toArray(String[]::new);
        this.limitBy = LimitBy.parse(config.path("limit_by").asText("consumer"));
        String header = Json.text(config, "header_name");
        this.headerName = header == null ? null : AsciiString.of(header);
        this.path = Json.text(config, "path");
        this.faultTolerant = config.path("fault_tolerant").asBoolean(true);
        this.hideClientHeaders = config.path("hide_client_headers").asBoolean(false);
        this.errorCode = config.path("error_code").asInt(429);
        this.errorMessage = config.path("error_message").asText("API rate limit exceeded");
        this.counters = store.instance(pluginId);
    }

    @Override
    public String name() {
        return "rate-limiting";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        long now = System.currentTimeMillis();
        WindowCounters window = counters.of(limitBy.identifier(exchange, headerName, path), now);
        if (window == null) {
            if (faultTolerant) {
                chain.next(exchange);
            } else {
                exchange.respondJson(500, "An unexpected error occurred", new DefaultHttpHeaders());
            }
            return;
        }
        long[] counts = new long[periods.length];
        int exceeded = -1;
        for (int i = 0; i < periods.length; i++) {
            counts[i] = window.increment(periods[i], now);
            if (counts[i] > limits[i] && exceeded < 0) {
                exceeded = i;
            }
        }
        if (exceeded >= 0) {
            for (int i = 0; i < periods.length; i++) {
                window.decrement(periods[i], now);
                counts[i]--;
            }
            refuse(exchange, counts, exceeded, now);
            return;
        }
        if (!hideClientHeaders) {
            exchange.onResponseHeaders(head -> addHeaders(head.headers(), counts, -1, now));
        }
        chain.next(exchange);
    }

    private void refuse(Exchange exchange, long[] counts, int exceeded, long now) {
        HttpHeaders headers = new DefaultHttpHeaders();
        long reset = addHeaders(hideClientHeaders ? null : headers, counts, exceeded, now);
        headers.set(HttpHeaderNames.RETRY_AFTER, Long.toString(reset));
        exchange.respondJson(errorCode, errorMessage, headers);
    }

    /**
     * Adds the per-period and the {@code RateLimit-*} headers (when {@code headers} is not null) and
     * returns the seconds until the reset of the period that decides; {@code exceeded} is the index
     * of the period that refused the request, or -1.
     */
    private long addHeaders(HttpHeaders headers, long[] counts, int exceeded, long now) {
        int best = 0;
        long bestLimit = -1;
        long bestRemaining = Long.MAX_VALUE;
        long reset = 1;
        for (int i = 0; i < periods.length; i++) {
            long remaining = i == exceeded ? 0 : Math.max(0, limits[i] - counts[i]);
            boolean decides = exceeded >= 0 ? i == exceeded
                    : remaining < bestRemaining || (remaining == bestRemaining && limits[i] > bestLimit);
            if (decides) {
                best = i;
                bestLimit = limits[i];
                bestRemaining = remaining;
                reset = Math.max(1, (periods[i].windowEnd(now) - now + 999) / 1000);
            }
            if (headers != null) {
                headers.set(periods[i].limitHeader(), limitTexts[i]);
                headers.set(periods[i].remainingHeader(), Long.toString(remaining));
            }
        }
        if (headers != null) {
            headers.set(RATELIMIT_LIMIT, limitTexts[best]);
            headers.set(RATELIMIT_REMAINING, Long.toString(bestRemaining));
            headers.set(RATELIMIT_RESET, Long.toString(reset));
        }
        return reset;
    }
}
