package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.server.api.ApiException;
import io.slipway.server.build.BuildLogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A build's archived artifacts ({@code archiveArtifacts} copies them to the build folder's
 * {@code artifacts/}): listed for the build page and downloaded one by one. A requested path must
 * stay inside that folder.
 */
final class Artifacts {

    private static final int MAX_LISTED = 500;

    private final BuildLogs logs;

    Artifacts(BuildLogs logs) {
        this.logs = logs;
    }

    List<Map<String, Object>> list(String job, int number) {
        Path root = root(job, number);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 20)) {
            return files.filter(Files::isRegularFile).limit(MAX_LISTED).sorted().map(p -> Views.map(
                    "path", root.relativize(p).toString().replace('\\', '/'), "size", size(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list artifacts of " + job + " #" + number, e);
        }
    }

    void send(Context ctx, String job, int number, String relative) {
        Path root = root(job, number).toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw ApiException.notFound("artifact '" + relative + "' of " + job + " #" + number);
        }
        try {
            InputStream in = Files.newInputStream(file);
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName().toString()
                    .replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
            ctx.contentType("application/octet-stream").result(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read artifact " + relative, e);
        }
    }

    private Path root(String job, int number) {
        return logs.buildDir(job, number).resolve("artifacts");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
