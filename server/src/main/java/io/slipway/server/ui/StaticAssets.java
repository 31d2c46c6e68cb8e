package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.web.PageRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code GET /static/{file}}: the UI's CSS and JavaScript, read from {@link PageRenderer#STATIC_ROOT} on the
 * classpath once and kept in memory, with an ETag (a {@code If-None-Match} that matches answers 304) and
 * {@code Cache-Control: max-age=300}. Javalin's classpath static files would mount the whole fat jar as a zip
 * file system to serve these two files: a seventh of the start's main-thread CPU, and 66 MB of heap kept for its
 * index of the jar's entries.
 */
final class StaticAssets {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** Answers one asset, 304 when the client's copy is current, 404 for a name that is not one. */
    void serve(Context ctx) {
        String name = ctx.pathParam("file");
        Optional<Asset> found = NAME.matcher(name).matches()
                ? cache.computeIfAbsent(name, StaticAssets::load) : Optional.empty();
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("no such file: " + name);
            return;
        }
        Asset asset = found.get();
        ctx.header("ETag", asset.etag()).header("Cache-Control", "max-age=300");
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static Optional<Asset> load(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        try (InputStream in = PageRenderer.class.getResourceAsStream(PageRenderer.STATIC_ROOT + "/" + name)) {
            if (in == null || !name.contains(".")) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, TYPES.getOrDefault(extension, "application/octet-stream"),
                    '"' + HexFormat.of().formatHex(sha256(bytes), 0, 16) + '"'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + name, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
