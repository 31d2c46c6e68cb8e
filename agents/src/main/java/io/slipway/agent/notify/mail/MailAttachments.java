package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.BuildSummarySource;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The attachments of {@code emailext}: the build log so far ({@code build.log}, or {@code build.zip} holding
 * it with {@code compressLog: true}, as Email Extension names them) and workspace files matching
 * {@code attachmentsPattern} (comma-separated globs relative to the current directory), at most
 * {@value #MAX_TOTAL_BYTES} bytes in all; a file past that is left out with a log line.
 */
final class MailAttachments {

    static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    private MailAttachments() {
    }

    static List<Attachment> collect(StepContext ctx, boolean attachLog, boolean compressLog, String pattern,
            String step) {
        List<Attachment> attachments = new ArrayList<>();
        if (attachLog) {
            BuildSummarySource source = ctx.services().extensions().find(BuildSummarySource.class).orElse(null);
            if (source == null) {
                ctx.log().line("[" + step + "] attachLog: this build offers no log to attach");
            } else {
                byte[] log = source.fullLog().getBytes(StandardCharsets.UTF_8);
                attachments.add(compressLog ? new Attachment("build.zip", zip("build.log", log), "application/zip")
                        : new Attachment("build.log", log, "text/plain; charset=UTF-8"));
            }
        }
        if (pattern != null && !pattern.isBlank()) {
            attachments.addAll(files(ctx, pattern, step, attachments.stream().mapToLong(a -> a.content().length).sum()));
        }
        return attachments;
    }

    private static List<Attachment> files(StepContext ctx, String pattern, String step, long used) {
        List<PathMatcher> matchers = Arrays.stream(pattern.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Path base = ctx.cwd();
        List<Attachment> result = new ArrayList<>();
        long total = used;
        try (var walk = Files.walk(base, 32)) {
            List<Path> matches = walk.filter(Files::isRegularFile)
                    .filter(f -> !base.relativize(f).startsWith(".git"))
                    .filter(f -> matchers.stream().anyMatch(m -> m.matches(base.relativize(f)))).sorted().toList();
            for (Path file : matches) {
                long size = Files.size(file);
                if (total + size > MAX_TOTAL_BYTES) {
                    ctx.log().line("[" + step + "] not attaching " + base.relativize(file) + ": attachments are limited to "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB per mail");
                    continue;
                }
                total += size;
                String type = Files.probeContentType(file);
                result.add(new Attachment(file.getFileName().toString(), Files.readAllBytes(file),
                        type == null ? "application/octet-stream" : type));
            }
            if (matches.isEmpty()) {
                ctx.log().line("[" + step + "] attachmentsPattern '" + pattern + "' matched no file");
            }
        } catch (IOException e) {
            throw new StepFailure(step + ": cannot read attachments '" + pattern + "': " + e.getMessage());
        }
        return result;
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress the build log", e);
        }
        return bytes.toByteArray();
    }
}
