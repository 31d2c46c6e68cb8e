package io.slipway.agent.notify.mail;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.Arrays;
import java.util.List;

/**
 * The symbols {@code developers()}, {@code requestor()} and {@code culprits()} used inside
 * {@code emailext(recipientProviders: [...])}: each only names a {@link RecipientProvider};
 * {@link EmailextStep} resolves it against the build.
 */
public final class RecipientProviderStep implements StepExecutor {

    private final RecipientProvider provider;

    private RecipientProviderStep(RecipientProvider provider) {
        this.provider = provider;
    }

    public static List<RecipientProviderStep> all() {
        return Arrays.stream(RecipientProvider.values()).map(RecipientProviderStep::new).toList();
    }

    @Override
    public String step() {
        return provider.symbol();
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        return StepResult.of(provider);
    }
}
