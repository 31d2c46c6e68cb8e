package io.slipway.agent.credentials;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binding symbols used inside {@code withCredentials([...])}: {@code string(credentialsId: 'x',
 * variable: 'V')} and its siblings. Each only describes a binding; {@link WithCredentialsStep} binds.
 */
public final class BindingStep implements StepExecutor {

    private final String kind;
    private final List<String> requiredVariables;
    private final List<String> optionalVariables;

    private BindingStep(String kind, List<String> requiredVariables, List<String> optionalVariables) {
        this.kind = kind;
        this.requiredVariables = requiredVariables;
        this.optionalVariables = optionalVariables;
    }

    public static List<BindingStep> all() {
        return List.of(
                new BindingStep("string", List.of("variable"), List.of()),
                new BindingStep("usernamePassword", List.of("usernameVariable", "passwordVariable"), List.of()),
                new BindingStep("file", List.of("variable"), List.of()),
                new BindingStep("sshUserPrivateKey", List.of("keyFileVariable"),
                        List.of("usernameVariable", "passphraseVariable")));
    }

    @Override
    public String step() {
        return kind;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String id = call.arg("credentialsId").map(String::valueOf).orElseThrow(() ->
                new StepFailure(call.location() + ": " + kind + ": missing argument 'credentialsId'"));
        Map<String, String> variables = new LinkedHashMap<>();
        for (String role : requiredVariables) {
            variables.put(role, call.arg(role).map(String::valueOf).orElseThrow(() ->
                    new StepFailure(call.location() + ": " + kind + ": missing argument '" + role + "'")));
        }
        for (String role : optionalVariables) {
            call.arg(role).map(String::valueOf).ifPresent(v -> variables.put(role, v));
        }
        return StepResult.of(new CredentialBinding(kind, id, variables));
    }
}
