package io.slipway.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * How long each part of a server start took: {@link #done} closes the phase that ran since the previous call
 * (logged at DEBUG), {@link #summary} lists them all. Start-up time is a goal of its own (under 3 s to ready,
 * see bench/README.md): with {@code logger io.slipway.server=DEBUG} a slow start names its slow part. Used by
 * the one thread that starts the server.
 */
final class StartupPhases {

    private final Logger log;
    private final long started = System.nanoTime();
    private long last = started;
    private final List<String> phases = new ArrayList<>();

    StartupPhases(Logger log) {
        this.log = log;
    }

    /** Ends the phase {@code name} that began at the previous call (or at construction). */
    void done(String name) {
        long now = System.nanoTime();
        long millis = (now - last) / 1_000_000;
        last = now;
        phases.add(name + " " + millis + " ms");
        log.debug("start-up: {} took {} ms", name, millis);
    }

    /** Milliseconds since construction. */
    long totalMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Every phase so far with its time, in order, e.g. {@code "database 812 ms, services 240 ms"}. */
    String summary() {
        return String.join(", ", phases);
    }
}
