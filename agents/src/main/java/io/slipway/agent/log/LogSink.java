package io.slipway.agent.log;

/**
 * Where a build's log lines go. Implementations are thread-safe: parallel branches write at once,
 * and each call appends one whole line (without its line break) in call order.
 */
@FunctionalInterface
public interface LogSink {

    /** Appends one line of log text. */
    void line(String text);
}
