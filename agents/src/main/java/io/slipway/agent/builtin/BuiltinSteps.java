package io.slipway.agent.builtin;

import io.slipway.agent.credentials.BindingStep;
import io.slipway.agent.credentials.WithCredentialsStep;
import io.slipway.agent.files.ArchiveArtifactsStep;
import io.slipway.agent.files.StashStep;
import io.slipway.agent.files.UnstashStep;
import io.slipway.agent.scm.CheckoutStep;
import io.slipway.agent.scm.GitStep;
import io.slipway.agent.shell.ShStep;
import io.slipway.agent.tests.JunitStep;
import java.util.ArrayList;
import io.slipway.agent.step.StepExecutor;
import java.util.List;

/** The basic steps every executor offers, independent of any external system. */
public final class BuiltinSteps {

    private BuiltinSteps() {
    }

    public static List<StepExecutor> all() {
        List<StepExecutor> steps = new ArrayList<>(List.of(new ShStep(), new EchoStep(), new ErrorStep(),
                new DirStep(), new WithEnvStep(), new RetryStep(), new TimeoutStep(), new SleepStep(),
                new WriteFileStep(), new ReadFileStep(), new FileExistsStep(), new CatchErrorStep(),
                new UnstableStep(), new PwdStep(), new WithCredentialsStep(), new GitStep(), new CheckoutStep(),
                new ArchiveArtifactsStep(), new InputStep(), new StashStep(), new UnstashStep(), new JunitStep()));
        steps.addAll(BindingStep.all());
        return List.copyOf(steps);
    }
}
