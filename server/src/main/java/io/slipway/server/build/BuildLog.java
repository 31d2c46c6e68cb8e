package io.slipway.server.build;

import io.slipway.agent.log.LogSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The log file of one running build: lines appended and flushed at once (so a crash keeps all of
 * them), and a monitor that followers wait on for growth. Thread-safe: lines from parallel branches
 * are appended whole, one after another.
 */
public final class BuildLog implements LogSink, AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private long size;
    private boolean closed;

    BuildLog(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            this.size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open build log " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void line(String text) {
        if (closed) {
            return;
        }
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.flush();
            size += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write build log " + file, e);
        }
        notifyAll();
    }

    /** Waits until the log is longer than {@code offset}, it is closed, or the time is up. */
    synchronized void awaitBeyond(long offset, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!closed && size <= offset) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close build log " + file, e);
        } finally {
            notifyAll();
        }
    }
}
