package io.slipway.server.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The lock a running server holds on its data folder ({@code server.lock}, an operating-system file lock),
 * and the folder's key written in that file on first use. The lock ends with the process, however it ends
 * (also {@code kill -9}), so a server that gets it knows no other process runs on this folder: a live lease
 * in the database under this folder's key belongs to a process that is gone, and the id may be taken back
 * at once. A second process on the same folder is refused, since it would share the master key file, the
 * server id file and the repository mirrors.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "server.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final String key;

    private DataFolderLock(FileChannel channel, FileLock lock, String key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /** Locks {@code dataDir}, or throws {@link IllegalStateException} when another server runs on it. */
    static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("another Slipway server is running on the data folder " + dataDir
                        + " (it holds " + file + "); stop it, or give this server a data folder of its own (SLIPWAY_DATA)");
            }
            return new DataFolderLock(channel, lock, keyOf(channel));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dataDir + " (" + file + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The data folder's key: random, made on first use, kept for the folder's life. */
    String key() {
        return key;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // a server in this same JVM holds it
        }
    }

    private static String keyOf(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(128);
        channel.read(buffer, 0);
        String stored = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        if (stored.matches("[A-Za-z0-9-]{8,64}")) {
            return stored;
        }
        String key = UUID.randomUUID().toString();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return key;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
