package io.slipway.gateway.proxy.balance;

/**
 * A snapshot of a target's answers: responses by status class and attempts without any response
 * ({@code connectionFailures}). Shown by {@code GET /upstreams/{u}/health} as the Slipway extension
 * field {@code responses}.
 */
public record ResponseCounts(long status2xx, long status3xx, long status4xx, long status5xx,
                             long connectionFailures) {

    public static final ResponseCounts NONE = new ResponseCounts(0, 0, 0, 0, 0);
}
