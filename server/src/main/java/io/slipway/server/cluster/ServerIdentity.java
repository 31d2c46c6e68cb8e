package io.slipway.server.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The name a server goes by among the servers sharing a database: {@code SLIPWAY_SERVER_ID}, or one
 * generated on first start and kept in the data folder, so that a restarted server recognises the
 * builds it was running as its own (and ends them at once) while those of other servers are left to
 * their owners' leases. Never derived from the host name: resolving it may leave the machine.
 */
public record ServerIdentity(String id) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String FILE = "server-id";

    public ServerIdentity {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "SLIPWAY_SERVER_ID must be 1-64 letters, digits, '.', '_' or '-', was '" + id + "'");
        }
    }

    /** {@code configured} when given, else the id kept in {@code dataDir} (created on first use). */
    public static ServerIdentity resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new ServerIdentity(configured.trim());
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new ServerIdentity(Files.readString(file).trim());
            }
            Files.createDirectories(dataDir);
            String generated = "server-" + UUID.randomUUID().toString().substring(0, 8);
            Files.writeString(file, generated + "\n");
            return new ServerIdentity(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
