package io.slipway.server.agent;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.slipway.agent.files.ZipTrees;
import io.slipway.server.api.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * {@code /agent/files}: the build folder's files an agent needs or made (stashes, archived artifacts), as zip
 * streams. Only an agent holding an executor for that build may read or write its folder; its token is the
 * bearer token, as on the WebSocket. {@code GET ?job&number&under=stashes/x} answers a zip of that sub-folder
 * (404 when absent); {@code PUT ?job&number[&replace=stashes/x]} unpacks a zip into the build folder, replacing
 * the named sub-folder whole (a stash of the same name replaces the old one, as in Jenkins).
 */
public final class AgentFiles {

    public static final String PATH = "/agent/files";

    private final AgentRegistry registry;
    private final AgentPool pool;
    private final BiFunction<String, Integer, Path> buildDirs;

    /** @param buildDirs the build folder of a job's build (logs, artifacts, stashes) */
    public AgentFiles(AgentRegistry registry, AgentPool pool, BiFunction<String, Integer, Path> buildDirs) {
        this.registry = registry;
        this.pool = pool;
        this.buildDirs = buildDirs;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::fetch);
        routes.put(PATH, this::store);
    }

    private void fetch(Context ctx) throws IOException {
        Path dir = buildDir(ctx);
        Path under = inside(dir, ctx.queryParam("under"), "under");
        if (!Files.isDirectory(under)) {
            throw ApiException.notFound("'" + ctx.queryParam("under") + "' of this build");
        }
        ctx.contentType("application/zip");
        ZipTrees.zip(under, ctx.outputStream());
    }

    private void store(Context ctx) throws IOException {
        Path dir = buildDir(ctx);
        Files.createDirectories(dir);
        Path incoming = dir.resolve(".incoming-" + UUID.randomUUID());
        try {
            ZipTrees.unzip(ctx.bodyInputStream(), incoming);
            String replace = ctx.queryParam("replace");
            if (replace != null) {
                Path target = inside(dir, replace, "replace");
                deleteTree(target);
            }
            moveInto(incoming, dir);
        } finally {
            deleteTree(incoming);
        }
        ctx.status(204);
    }

    private Path buildDir(Context ctx) {
        String header = ctx.header("Authorization");
        Optional<Agent> agent = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? registry.authenticate(header.substring(7)) : Optional.empty();
        if (agent.isEmpty()) {
            throw new ApiException(401, "agent token missing, wrong or revoked", List.of());
        }
        String job = ctx.queryParam("job");
        String number = ctx.queryParam("number");
        if (job == null || number == null || !number.matches("\\d{1,9}")) {
            throw ApiException.badField(job == null ? "job" : "number", "is required");
        }
        BuildRef build = new BuildRef(job, Integer.parseInt(number));
        if (!pool.holds(agent.get().name(), build)) {
            throw new ApiException(403, "agent " + agent.get().name() + " does not run " + build, List.of());
        }
        return buildDirs.apply(job, build.number()).toAbsolutePath().normalize();
    }

    private static Path inside(Path dir, String relative, String field) {
        if (relative == null || relative.isBlank()) {
            throw ApiException.badField(field, "is required");
        }
        Path path = dir.resolve(relative).normalize();
        if (!path.startsWith(dir) || path.equals(dir)) {
            throw ApiException.badField(field, "must be a folder inside the build folder");
        }
        return path;
    }

    private static void moveInto(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (var walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file));
            Files.createDirectories(target.getParent());
            Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
