package io.slipway.agent.files;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code archiveArtifacts artifacts: 'build/*.jar, *.txt'}: copies the matching workspace files
 * (comma-separated Ant-style globs, relative to the current directory) into the build's
 * {@code artifacts/} folder. No match fails the step unless {@code allowEmptyArchive: true}.
 */
public final class ArchiveArtifactsStep implements StepExecutor {

    @Override
    public String step() {
        return "archiveArtifacts";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String patterns = call.requiredText("artifacts");
        List<PathMatcher> matchers = java.util.Arrays.stream(patterns.split(","))
                .map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Path base = ctx.cwd();
        Path target = ctx.services().buildDir().resolve("artifacts");
        try (var files = Files.walk(base)) {
            List<Path> matches = files.filter(Files::isRegularFile)
                    .filter(f -> !base.relativize(f).startsWith(".git"))
                    .filter(f -> matchers.stream().anyMatch(m -> m.matches(base.relativize(f)))).toList();
            if (matches.isEmpty() && !call.flag("allowEmptyArchive", false)) {
                throw new StepFailure("archiveArtifacts: no files match '" + patterns + "'");
            }
            for (Path file : matches) {
                Path copy = target.resolve(base.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ctx.log().line("Archived " + matches.size() + " artifact(s)");
            return StepResult.none();
        } catch (IOException e) {
            throw new UncheckedIOException("archiveArtifacts: cannot copy artifacts", e);
        }
    }
}
