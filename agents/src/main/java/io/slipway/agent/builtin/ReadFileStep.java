package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code readFile 'a.txt'}: the text of a workspace file. */
public final class ReadFileStep implements StepExecutor {

    @Override
    public String step() {
        return "readFile";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String file = call.requiredText("file");
        Path path = WorkspaceFiles.resolve(ctx, file, step());
        try {
            return StepResult.of(Files.readString(path, Charset.forName(call.text("encoding", "UTF-8"))));
        } catch (IOException e) {
            throw new StepFailure("readFile: cannot read '" + file + "': " + e.getClass().getSimpleName());
        }
    }
}
