package io.slipway.agent.scm;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.List;
import java.util.Map;

/**
 * {@code checkout scm} (the job's repository at the build's commit; the engine supplies {@code scm}
 * as a map with {@code url}, {@code branch} and {@code commit}) or {@code checkout([$class: 'GitSCM',
 * branches: [[name: 'main']], userRemoteConfigs: [[url: '...']]])}.
 */
public final class CheckoutStep implements StepExecutor {

    @Override
    public String step() {
        return "checkout";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        Object scm = call.main("scm").orElseThrow(() ->
                new StepFailure(call.location() + ": checkout needs 'scm' or a GitSCM map"));
        if (!(scm instanceof Map<?, ?> map)) {
            throw new StepFailure(call.location() + ": checkout: '" + scm + "' is not an SCM");
        }
        String url = text(map.get("url"));
        String branch = text(map.get("branch"));
        if (url == null) {
            url = first(map.get("userRemoteConfigs"), "url");
            branch = first(map.get("branches"), "name");
        }
        if (url == null) {
            throw new StepFailure(call.location() + ": checkout: no repository URL (is this job's pipeline inline?)");
        }
        branch = branch == null ? "main" : branch.replaceFirst("^\\*/", "");
        try {
            String commit = GitCheckout.checkout(url, branch, text(map.get("commit")), ctx.cwd());
            ctx.log().line("Checked out " + branch + " at " + commit);
            return StepResult.of(Map.of("GIT_COMMIT", commit, "GIT_BRANCH", branch, "GIT_URL", url));
        } catch (GitCheckout.GitFailure e) {
            throw new StepFailure(e.getMessage());
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String first(Object list, String key) {
        if (list instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?> m) {
            return text(m.get(key));
        }
        return null;
    }
}
