package io.slipway.agent.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The regular files under a folder that Ant-style includes select and excludes do not, as relative
 * paths with {@code /}, sorted. Symbolic links to folders are not followed, so a link cannot pull
 * files from outside the folder into a stash or an archive.
 */
public final class FileSelection {

    private FileSelection() {
    }

    /** The files under {@code base} matching any include and no exclude; empty includes select every file. */
    public static List<String> select(Path base, List<AntPattern> includes, List<AntPattern> excludes)
            throws IOException {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> base.relativize(f).toString().replace('\\', '/'))
                    .filter(rel -> includes.isEmpty() || AntPattern.anyMatches(includes, rel))
                    .filter(rel -> !AntPattern.anyMatches(excludes, rel))
                    .sorted()
                    .toList();
        }
    }
}
