package io.slipway.agent.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Folders as zip streams, for moving a build's files between a remote agent and its server (stashes,
 * archived artifacts). Unzipping refuses any entry that would land outside the target folder.
 */
public final class ZipTrees {

    /** At most this many entries are unpacked from one stream, so a hostile zip cannot fill a disk with names. */
    private static final int MAX_ENTRIES = 200_000;

    private ZipTrees() {
    }

    /** Writes every regular file under {@code dir} (relative paths with '/') to {@code out}; an empty zip if none. */
    public static void zip(Path dir, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (Files.isDirectory(dir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** Unpacks {@code in} under {@code dir}; returns the number of files written. */
    public static int unzip(InputStream in, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new IOException("too many files in one transfer (more than " + MAX_ENTRIES + ")");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("refused a file outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return count;
    }
}
