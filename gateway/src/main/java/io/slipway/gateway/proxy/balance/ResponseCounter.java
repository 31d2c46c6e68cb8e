package io.slipway.gateway.proxy.balance;

import java.util.concurrent.atomic.LongAdder;

/**
 * The answers one target gave since it was first configured on this node: responses by status class
 * and attempts that got no response at all (connection refused or timed out, connection closed before
 * the response head, upstream silent past the read timeout). {@link LongAdder}s, because every event
 * loop counts into them and only the Admin API reads them.
 */
final class ResponseCounter {

    private final LongAdder[] byClass = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder noResponse = new LongAdder();

    /** Counts a final response (status 200-599); informational and unknown statuses are not counted. */
    void status(int status) {
        int index = status / 100 - 2;
        if (index >= 0 && index < byClass.length) {
            byClass[index].increment();
        }
    }

    void connectionFailure() {
        noResponse.increment();
    }

    ResponseCounts snapshot() {
        return new ResponseCounts(byClass[0].sum(), byClass[1].sum(), byClass[2].sum(), byClass[3].sum(),
                noResponse.sum());
    }
}
