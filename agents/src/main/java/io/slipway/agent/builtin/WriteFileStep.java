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

/** {@code writeFile file: 'a.txt', text: '...'}: writes a workspace file (folders created). */
public final class WriteFileStep implements StepExecutor {

    @Override
    public String step() {
        return "writeFile";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        Path path = WorkspaceFiles.resolve(ctx, call.requiredText("file"), step());
        String text = call.arg("text").map(String::valueOf)
                .orElseThrow(() -> new StepFailure(call.location() + ": writeFile: missing argument 'text'"));
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, Charset.forName(call.text("encoding", "UTF-8")));
            return StepResult.none();
        } catch (IOException e) {
            throw new StepFailure("writeFile: cannot write " + ctx.workspace().relativize(path) + ": " + e.getMessage());
        }
    }
}
