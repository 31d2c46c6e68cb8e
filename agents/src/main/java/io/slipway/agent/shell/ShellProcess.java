package io.slipway.agent.shell;

import io.slipway.agent.log.LogSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A started shell process whose output is pumped by background threads: lines to the log, and
 * stdout into a buffer when it is captured. {@link #waitFor} kills the whole process tree when the
 * waiting thread is interrupted (abort, timeout).
 */
final class ShellProcess {

    private final Process process;
    private final Thread logPump;
    private final Thread stdoutPump;
    private final StringBuilder captured = new StringBuilder();

    private ShellProcess(Process process, LogSink log, boolean captureStdout) {
        this.process = process;
        if (captureStdout) {
            this.stdoutPump = pump("sh-stdout", process.getInputStream(), line -> {
                synchronized (captured) {
                    captured.append(line).append('\n');
                }
            });
            this.logPump = pump("sh-stderr", process.getErrorStream(), log);
        } else {
            this.stdoutPump = null;
            this.logPump = pump("sh-output", process.getInputStream(), log);
        }
    }

    static ShellProcess start(ProcessBuilder builder, LogSink log, boolean captureStdout) {
        try {
            return new ShellProcess(builder.start(), log, captureStdout);
        } catch (IOException e) {
            throw new UncheckedIOException("sh: cannot start " + builder.command().get(0), e);
        }
    }

    /** The exit code, after all output has been read. */
    int waitFor() throws InterruptedException {
        try {
            int exit = process.waitFor();
            logPump.join();
            if (stdoutPump != null) {
                stdoutPump.join();
            }
            return exit;
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    /** Captured stdout (empty unless capturing). */
    String stdout() {
        synchronized (captured) {
            return captured.toString();
        }
    }

    private static Thread pump(String name, InputStream in, LogSink sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.line(line);
                }
            } catch (IOException e) {
                // The process was killed or closed its output: nothing more to read.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
