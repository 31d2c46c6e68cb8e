package io.slipway.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * How long each part of a server start took: {@link #done} closes the phase that ran since the previous call
 * (logged at DEBUG), {@link #summary} lists them all for the server's "listening" line. Start-up time is a goal
 * of its own (under 3 s to ready, see bench/README.md): a slow start names its slow part. Used by the one
 * thread that starts the server.
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

    /**
     * Runs {@code work} on its own daemon thread ({@code startup-NAME}), beside the rest of the start: the
     * machine has two cores and the start is mostly one thread. {@link #join} waits for it.
     */
    static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "startup-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The result of {@link #inBackground} work, or its exception as it was thrown there. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
