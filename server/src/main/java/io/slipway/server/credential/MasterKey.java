package io.slipway.server.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals credentials: from {@code SLIPWAY_MASTER_KEY} (base64 of 32 bytes) when
 * given, otherwise {@code master.key} in the data folder, generated on first start and readable
 * only by its owner.
 */
public final class MasterKey {

    private static final int BYTES = 32;

    private MasterKey() {
    }

    public static SecretKey load(String configured, Path dataDir) {
        if (configured != null) {
            return fromBase64(configured, "SLIPWAY_MASTER_KEY");
        }
        Path file = dataDir.resolve("master.key");
        try {
            if (Files.exists(file)) {
                return fromBase64(Files.readString(file).trim(), file.toString());
            }
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions protect the key.
            }
            return new SecretKeySpec(key, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key " + file, e);
        }
    }

    private static SecretKey fromBase64(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not base64");
        }
        if (key.length != BYTES) {
            throw new IllegalArgumentException(source + " must hold 32 bytes (AES-256), has " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
