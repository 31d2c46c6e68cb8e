package io.slipway.agent.files;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code unstash 'app'}: copies the files of a stash saved earlier in this build into the current
 * directory, replacing files of the same name. An unknown name fails with a message naming it and the
 * stashes that exist.
 */
public final class UnstashStep implements StepExecutor {

    @Override
    public String step() {
        return "unstash";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String name = call.requiredText("name");
        Stashes stashes = new Stashes(ctx.services().buildDir());
        Path folder = stashes.folder(name, call.location());
        try {
            int count = stashes.restore(folder, ctx.cwd()).orElseThrow(() -> new StepFailure(call.location()
                    + ": unstash: no such saved stash '" + name + "'" + stashes.known()));
            ctx.log().line("Unstashed " + count + " file(s) from '" + name + "'");
            return StepResult.none();
        } catch (IOException e) {
            throw new StepFailure(call.location() + ": unstash: cannot restore stash '" + name + "': " + e.getMessage());
        }
    }
}
