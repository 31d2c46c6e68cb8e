package io.slipway.gateway.metrics;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/** Requests by status code and body bytes in both directions: one route's, or one consumer's on a route. */
final class StatusCounts {

    private final AtomicReferenceArray<LongAdder> byStatus = new AtomicReferenceArray<>(600);
    final LongAdder ingressBytes = new LongAdder();
    final LongAdder egressBytes = new LongAdder();

    void record(int status, long bytesIn, long bytesOut) {
        int s = status >= 100 && status < 600 ? status : 599;
        LongAdder adder = byStatus.get(s);
        if (adder == null) {
            byStatus.compareAndSet(s, null, new LongAdder());
            adder = byStatus.get(s);
        }
        adder.increment();
        if (bytesIn > 0) ingressBytes.add(bytesIn);
        if (bytesOut > 0) egressBytes.add(bytesOut);
    }

    long count(int status) {
        LongAdder adder = byStatus.get(status);
        return adder == null ? 0 : adder.sum();
    }
}
