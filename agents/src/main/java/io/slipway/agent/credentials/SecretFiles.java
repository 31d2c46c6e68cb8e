package io.slipway.agent.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Owner-only files holding one secret each, for the {@code file} and {@code sshUserPrivateKey} bindings: the
 * folder is made {@code 0700} and each file {@code 0600} before its content is written. Used where the
 * workspace is: by the engine in its build folder, and by a remote agent in the workspace's temp area.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** Writes {@code content} (null counts as empty) into a new file in {@code dir}; the file's path. */
    public static Path write(Path dir, String prefix, String content) {
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            Path file = Files.createTempFile(dir, prefix, "");
            ownerOnly(file, "rw-------");
            Files.writeString(file, content == null ? "" : content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("withCredentials: cannot write a secret file", e);
        }
    }

    /** Deletes a secret file; nothing happens when it is already gone. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("withCredentials: cannot delete secret file " + file, e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions protect it.
        }
    }
}
