package io.slipway.agent.files;

import io.slipway.agent.step.StepFailure;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The stashes of one build: one folder per name under {@code <buildDir>/stashes/}, the name
 * percent-encoded so that no name can leave that folder. A stash is written to a temporary folder and
 * then renamed into place, and a restore holds the same lock as that swap, so a parallel branch never
 * sees half a stash. Files keep their attributes (the executable bit).
 */
public final class Stashes {

    /** Striped locks shared by every build; a swap and a restore of one stash never overlap. */
    private static final Object[] LOCKS = Stream.generate(Object::new).limit(32).toArray();

    private final Path root;

    Stashes(Path buildDir) {
        this.root = buildDir.resolve("stashes");
    }

    /** The folder of stash {@code name}; a failure for an empty name. */
    Path folder(String name, String location) {
        if (name.isBlank()) {
            throw new StepFailure(location + ": the name of a stash must not be empty");
        }
        return root.resolve(folderName(name));
    }

    /**
     * The folder name of stash {@code name} under {@code stashes/}: percent-encoded, never starting with a dot.
     * Public for remote agents, which fetch one stash's folder from the server.
     */
    public static String folderName(String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8);
        if (encoded.startsWith(".")) {
            encoded = "%2E" + encoded.substring(1);
        }
        return encoded;
    }

    /** Replaces the stash in {@code folder} with copies of {@code files} (relative to {@code base}). */
    void save(Path folder, Path base, List<String> files) throws IOException {
        Files.createDirectories(root);
        Path temp = root.resolve(".tmp-" + UUID.randomUUID());
        for (String file : files) {
            Path copy = temp.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(base.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(temp);
        Path trash = root.resolve(".old-" + UUID.randomUUID());
        synchronized (lock(folder)) {
            if (Files.exists(folder)) {
                Files.move(folder, trash, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(trash);
    }

    /** Copies the stash into {@code target}; the number of files, or empty when there is no such stash. */
    Optional<Integer> restore(Path folder, Path target) throws IOException {
        synchronized (lock(folder)) {
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            List<String> files = FileSelection.select(folder, List.of(), List.of());
            for (String file : files) {
                Path copy = target.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(folder.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(files.size());
        }
    }

    /** " (stashes of this build: a, b)" or " (this build has no stashes)", for messages. */
    String known() {
        List<String> names = List.of();
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                        .map(n -> "'" + URLDecoder.decode(n, StandardCharsets.UTF_8) + "'").sorted().toList();
            } catch (IOException e) {
                names = List.of();
            }
        }
        return names.isEmpty() ? " (this build has no stashes)" : " (stashes of this build: " + String.join(", ", names) + ")";
    }

    private static Object lock(Path folder) {
        return LOCKS[Math.floorMod(folder.toAbsolutePath().hashCode(), LOCKS.length)];
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
