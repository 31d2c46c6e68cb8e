package io.slipway.agent.remote;

import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.function.LongFunction;

/**
 * The agent's reliable stream to the server: every log line and step result gets the next sequence number
 * and stays here until the server acknowledges it. At most {@code memoryLimit} messages (and 16 MiB) are held in memory;
 * later ones are appended to a spill file in the work folder and read back in order as acknowledgements make
 * room. Messages go out in sequence order only: after a reconnect, sending resumes after the highest number
 * the server says it handled. Thread-safe.
 */
final class Outbox {

    /** Sends one text frame; throws when the connection is broken. */
    @FunctionalInterface
    interface Sender {
        void send(String text) throws IOException;
    }

    private record Entry(long seq, String json) {
    }

    private final int memoryLimit;
    private final long memoryBytesLimit;
    private long memoryBytes;
    private final Path spillFile;
    private final ArrayDeque<Entry> memory = new ArrayDeque<>();
    private long spilled;
    private BufferedWriter spillWriter;
    private BufferedReader spillReader;
    /** A line read from the spill file that did not fit in memory yet. */
    private Entry pendingRead;
    private long nextSeq = 1;
    private long sentUpTo;
    private Sender sender;

    Outbox(int memoryLimit, Path spillFile) {
        this(memoryLimit, 16L * 1024 * 1024, spillFile);
    }

    /** At most {@code memoryLimit} messages and {@code memoryBytesLimit} characters in memory; the rest spills. */
    Outbox(int memoryLimit, long memoryBytesLimit, Path spillFile) {
        this.memoryLimit = memoryLimit;
        this.memoryBytesLimit = memoryBytesLimit;
        this.spillFile = spillFile;
    }

    private boolean roomFor(Entry entry) {
        return memory.isEmpty() || (memory.size() < memoryLimit && memoryBytes + entry.json().length() <= memoryBytesLimit);
    }

    private void keep(Entry entry) {
        memory.addLast(entry);
        memoryBytes += entry.json().length();
    }

    /** Numbers and queues a message made by {@code make} from its sequence number, and sends it when connected. */
    synchronized long append(LongFunction<Message.Sequenced> make) {
        long seq = nextSeq++;
        Entry entry = new Entry(seq, Messages.write(make.apply(seq)));
        if (spilled == 0 && roomFor(entry)) {
            keep(entry);
        } else {
            spill(entry);
        }
        flush();
        return seq;
    }

    /** The server handled everything up to {@code seq}. */
    synchronized void ack(long seq) {
        while (!memory.isEmpty() && memory.peekFirst().seq() <= seq) {
            memoryBytes -= memory.removeFirst().json().length();
        }
        refill();
        flush();
    }

    /** A new connection whose server handled up to {@code handledSeq}: resend everything after it. */
    synchronized void connected(Sender to, long handledSeq) {
        ack(handledSeq);
        sentUpTo = memory.isEmpty() ? handledSeq : Math.min(handledSeq, memory.peekFirst().seq() - 1);
        sender = to;
        flush();
    }

    synchronized void disconnected() {
        sender = null;
    }

    /** Messages not yet acknowledged (in memory and spilled). */
    synchronized long pending() {
        return memory.size() + spilled;
    }

    private void flush() {
        if (sender == null) {
            return;
        }
        for (Entry entry : memory) {
            if (entry.seq() <= sentUpTo) {
                continue;
            }
            try {
                sender.send(entry.json());
                sentUpTo = entry.seq();
            } catch (IOException | RuntimeException e) {
                sender = null;
                return;
            }
        }
    }

    private void spill(Entry entry) {
        try {
            if (spillWriter == null) {
                Files.createDirectories(spillFile.getParent());
                spillWriter = Files.newBufferedWriter(spillFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                spillReader = Files.newBufferedReader(spillFile, StandardCharsets.UTF_8);
            }
            spillWriter.write(entry.seq() + "\t" + entry.json());
            spillWriter.newLine();
            spillWriter.flush();
            spilled++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill unsent log lines to " + spillFile, e);
        }
    }

    private void refill() {
        try {
            while (spilled > 0) {
                if (pendingRead == null) {
                    String line = spillReader.readLine();
                    if (line == null) {
                        throw new IOException("spill file ended early");
                    }
                    int tab = line.indexOf('\t');
                    pendingRead = new Entry(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1));
                }
                if (!roomFor(pendingRead)) {
                    break;
                }
                keep(pendingRead);
                pendingRead = null;
                spilled--;
            }
            if (spilled == 0 && spillWriter != null) {
                spillWriter.close();
                spillReader.close();
                spillWriter = null;
                spillReader = null;
                Files.deleteIfExists(spillFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spilled log lines from " + spillFile, e);
        }
    }
}
