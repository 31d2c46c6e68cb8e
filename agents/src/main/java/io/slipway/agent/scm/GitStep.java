package io.slipway.agent.scm;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.Map;

/**
 * {@code git url: '...', branch: 'main'}: checks the branch's head out into the current directory.
 * Returns the SCM variables ({@code GIT_COMMIT}, {@code GIT_BRANCH}, {@code GIT_URL}).
 */
public final class GitStep implements StepExecutor {

    @Override
    public String step() {
        return "git";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String url = call.requiredText("url");
        String branch = call.text("branch", "main");
        try {
            String commit = GitCheckout.checkout(url, branch, null, ctx.cwd());
            ctx.log().line("Checked out " + branch + " at " + commit);
            return StepResult.of(Map.of("GIT_COMMIT", commit, "GIT_BRANCH", branch, "GIT_URL", url));
        } catch (GitCheckout.GitFailure e) {
            throw new StepFailure(e.getMessage());
        }
    }
}
