package io.slipway.server.build;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Build logs on disk, one file per build under {@code builds/<job>/<number>/log.txt} in the data
 * folder, and the logs of running builds that followers can wait on. Thread-safe.
 */
public final class BuildLogs {

    private final Path root;
    private final Map<String, BuildLog> open = new ConcurrentHashMap<>();

    public BuildLogs(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * Build folders under {@code buildsDir}, or under {@code builds/} in the data folder when null.
     * Servers sharing one database must share this folder (a network volume), as they share builds.
     */
    public BuildLogs(Path dataDir, Path buildsDir) {
        this.root = buildsDir != null ? buildsDir : dataDir.resolve("builds");
    }

    /** The folder of one build (its log, temp files, stashes, archived artifacts). */
    public Path buildDir(String job, int number) {
        return root.resolve(job).resolve(Integer.toString(number));
    }

    public Path file(String job, int number) {
        return buildDir(job, number).resolve("log.txt");
    }

    /** Opens a build's log for appending; followers can wait on it until {@link #close}. */
    public BuildLog open(String job, int number) {
        return open.computeIfAbsent(key(job, number), k -> new BuildLog(file(job, number)));
    }

    public void close(String job, int number) {
        BuildLog log = open.remove(key(job, number));
        if (log != null) {
            log.close();
        }
    }

    /** The whole log as bytes (empty when the build has not written one). */
    public byte[] read(String job, int number) {
        return readFrom(job, number, 0, Integer.MAX_VALUE);
    }

    /** Up to {@code max} bytes of the log from byte {@code offset}. */
    public byte[] readFrom(String job, int number, long offset, int max) {
        Path file = file(job, number);
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (offset >= length) {
                return new byte[0];
            }
            byte[] bytes = new byte[(int) Math.min(max, length - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build log " + file, e);
        }
    }

    /**
     * Waits up to {@code millis} for a running build's log to grow past {@code offset}; returns at once
     * when the build is not running (its log is complete).
     */
    public void awaitBeyond(String job, int number, long offset, long millis) throws InterruptedException {
        BuildLog log = open.get(key(job, number));
        if (log != null) {
            log.awaitBeyond(offset, millis);
        }
    }

    /** Whether the build's log may still grow. */
    public boolean isOpen(String job, int number) {
        return open.containsKey(key(job, number));
    }

    /** Removes a discarded build's folder. */
    public void delete(String job, int number) {
        close(job, number);
        Path dir = buildDir(job, number);
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete build folder " + dir, e);
        }
    }

    private static String key(String job, int number) {
        return job + "#" + number;
    }
}
