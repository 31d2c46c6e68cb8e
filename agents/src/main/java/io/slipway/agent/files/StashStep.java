package io.slipway.agent.files;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stash name: 'app', includes: 'target/*.jar', excludes: '', useDefaultExcludes: true,
 * allowEmpty: false}: saves the matching files under the current directory into the build's
 * {@code stashes/<name>/} folder, for {@code unstash} in a later stage or another parallel branch of
 * the same build. A stash of the same name replaces the earlier one, as in Jenkins. Nothing matched
 * fails the step unless {@code allowEmpty: true}.
 */
public final class StashStep implements StepExecutor {

    @Override
    public String step() {
        return "stash";
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
        List<AntPattern> includes = AntPattern.parseList(call.text("includes", ""), true);
        List<AntPattern> excludes = new ArrayList<>(AntPattern.parseList(call.text("excludes", ""), true));
        if (call.flag("useDefaultExcludes", true)) {
            excludes.addAll(AntPattern.DEFAULT_EXCLUDES);
        }
        try {
            List<String> files = FileSelection.select(ctx.cwd(), includes, excludes);
            if (files.isEmpty() && !call.flag("allowEmpty", false)) {
                throw new StepFailure(call.location() + ": stash: no files included in stash '" + name + "'"
                        + (includes.isEmpty() ? "" : " (includes: " + call.text("includes", "") + ")"));
            }
            stashes.save(folder, ctx.cwd(), files);
            ctx.log().line("Stashed " + files.size() + " file(s) as '" + name + "'");
            return StepResult.none();
        } catch (IOException e) {
            throw new StepFailure(call.location() + ": stash: cannot save stash '" + name + "': " + e.getMessage());
        }
    }
}
