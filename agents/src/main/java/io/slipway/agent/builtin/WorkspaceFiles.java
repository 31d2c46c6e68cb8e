package io.slipway.agent.builtin;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import java.nio.file.Path;

/** Resolves a step's file argument inside the workspace; a path leaving it is refused. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    static Path resolve(StepContext ctx, String file, String step) {
        Path path = ctx.resolve(file);
        if (!path.startsWith(ctx.workspace().normalize())) {
            throw new StepFailure(step + ": '" + file + "' is outside the workspace");
        }
        return path;
    }
}
