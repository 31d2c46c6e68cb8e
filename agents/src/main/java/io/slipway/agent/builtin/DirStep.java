package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code dir('sub') { ... }}: runs the block in a directory (created when missing; on a remote agent, by the agent). */
public final class DirStep implements StepExecutor {

    @Override
    public String step() {
        return "dir";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Path dir = ctx.resolve(call.requiredText("path"));
        if (ctx.services().extensions().find(io.slipway.agent.step.RemoteWorkspace.class).isPresent()) {
            // the folder is on the agent, which creates a missing working directory before each step
            return StepResult.of(call.requiredBody().run(ctx.inDir(dir)));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StepFailure(call.location() + ": dir: cannot create " + dir + ": " + e.getMessage());
        }
        return StepResult.of(call.requiredBody().run(ctx.inDir(dir)));
    }
}
