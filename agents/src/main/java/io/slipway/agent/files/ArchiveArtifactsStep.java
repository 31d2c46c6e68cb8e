package io.slipway.agent.files;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code archiveArtifacts artifacts: 'build/*.jar, *.txt', excludes: '**}{@code /tmp/**'}: copies the
 * matching workspace files (comma-separated Ant-style patterns, relative to the current directory)
 * into the build's {@code artifacts/} folder. Ant's default excludes ({@code .git} and the like) apply
 * unless {@code defaultExcludes: false}; {@code caseSensitive: false} matches regardless of case. No
 * match fails the step unless {@code allowEmptyArchive: true}.
 */
public final class ArchiveArtifactsStep implements StepExecutor {

    @Override
    public String step() {
        return "archiveArtifacts";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String patterns = call.requiredText("artifacts");
        boolean caseSensitive = call.flag("caseSensitive", true);
        List<AntPattern> includes = AntPattern.parseList(patterns, caseSensitive);
        List<AntPattern> excludes = new ArrayList<>(AntPattern.parseList(call.text("excludes", ""), caseSensitive));
        if (call.flag("defaultExcludes", true)) {
            excludes.addAll(AntPattern.DEFAULT_EXCLUDES);
        }
        Path base = ctx.cwd();
        Path target = ctx.services().buildDir().resolve("artifacts");
        try {
            List<String> matches = includes.isEmpty() ? List.of() : FileSelection.select(base, includes, excludes);
            if (matches.isEmpty() && !call.flag("allowEmptyArchive", false)) {
                throw new StepFailure(call.location() + ": archiveArtifacts: no files match '" + patterns + "'");
            }
            for (String file : matches) {
                Path copy = target.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(base.resolve(file), copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ctx.log().line("Archived " + matches.size() + " artifact(s)");
            return StepResult.none();
        } catch (IOException e) {
            throw new UncheckedIOException("archiveArtifacts: cannot copy artifacts", e);
        }
    }
}
