package io.slipway.gateway.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A fixed-bucket latency histogram in milliseconds (Kong's default buckets), one adder per bucket. */
public final class LatencyHistogram {

    static final int[] BOUNDS_MS = {1, 2, 5, 7, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300,
            400, 500, 1000, 2000, 5000, 10000, 30000, 60000};

    private final LongAdder[] buckets = new LongAdder[BOUNDS_MS.length + 1];
    private final LongAdder sumMicros = new LongAdder();

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    public void record(long nanos) {
        long micros = nanos / 1000;
        sumMicros.add(micros);
        int i = 0;
        while (i < BOUNDS_MS.length && micros > BOUNDS_MS[i] * 1000L) {
            i++;
        }
        buckets[i].increment();
    }

    void render(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            String le = i < BOUNDS_MS.length ? Integer.toString(BOUNDS_MS[i]) : "+Inf";
            out.append(name).append("_bucket{").append(labels).append(",le=\"").append(le).append("\"} ")
                    .append(cumulative).append('\n');
        }
        out.append(name).append("_sum{").append(labels).append("} ").append(sumMicros.sum() / 1000.0).append('\n');
        out.append(name).append("_count{").append(labels).append("} ").append(cumulative).append('\n');
    }
}
