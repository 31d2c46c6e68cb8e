package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.nio.file.Files;

/** {@code fileExists 'a.txt'}: whether a file or folder exists in the workspace. */
public final class FileExistsStep implements StepExecutor {

    @Override
    public String step() {
        return "fileExists";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        return StepResult.of(Files.exists(WorkspaceFiles.resolve(ctx, call.requiredText("file"), step())));
    }
}
