package io.slipway.agent.credentials;

import io.slipway.agent.step.CredentialLookup.StepCredential;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import io.slipway.agent.step.RemoteWorkspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code withCredentials([string(credentialsId: 'token', variable: 'TOKEN')]) { ... }}: runs the block
 * with secrets in environment variables (files for secret files and SSH keys, readable only by their
 * owner and deleted when the block ends, also on failure or abort). Every bound value is masked in the log
 * from then on. While the block runs on a remote agent ({@link RemoteWorkspace}), the files are written on
 * the agent, in the workspace's temp area, through {@link SecretFileStep}'s calls, so that the agent's
 * {@code sh} reads them.
 */
public final class WithCredentialsStep implements StepExecutor {

    private static final Map<String, String> TYPE_OF_KIND = Map.of(
            "string", "string", "usernamePassword", "usernamePassword", "file", "file",
            "sshUserPrivateKey", "sshKey");

    @Override
    public String step() {
        return "withCredentials";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Object value = call.main("bindings").orElse(List.of());
        if (!(value instanceof List<?> list)) {
            throw new StepFailure(call.location() + ": withCredentials needs a list of bindings");
        }
        Map<String, String> env = new LinkedHashMap<>();
        SecretFilesOfBlock files = new SecretFilesOfBlock(ctx, call.location());
        boolean completed = false;
        try {
            for (Object item : list) {
                if (!(item instanceof CredentialBinding binding)) {
                    throw new StepFailure(call.location() + ": withCredentials: '" + item + "' is not a binding"
                            + " such as string(credentialsId: 'id', variable: 'NAME')");
                }
                bind(binding, ctx, env, files, call.location());
            }
            StepResult result = StepResult.of(call.requiredBody().run(ctx.withEnv(env)));
            completed = true;
            return result;
        } finally {
            files.deleteAll(completed);
        }
    }

    private static void bind(CredentialBinding binding, StepContext ctx, Map<String, String> env,
            SecretFilesOfBlock files, String location) throws InterruptedException {
        StepCredential credential = ctx.services().credentials().find(binding.credentialsId())
                .orElseThrow(() -> new StepFailure(location + ": withCredentials: no credential with id '"
                        + binding.credentialsId() + "'"));
        String expected = TYPE_OF_KIND.get(binding.kind());
        if (!credential.type().equals(expected)) {
            throw new StepFailure(location + ": withCredentials: credential '" + credential.id() + "' is of type '"
                    + credential.type() + "', but " + binding.kind() + "(...) needs type '" + expected + "'");
        }
        credential.fields().forEach((field, secret) -> {
            if (!field.equals("username") && !field.equals("fileName")) {
                ctx.services().masker().add(secret);
            }
        });
        Map<String, String> vars = binding.variables();
        switch (binding.kind()) {
            case "string" -> env.put(vars.get("variable"), credential.fields().get("secret"));
            case "usernamePassword" -> {
                env.put(vars.get("usernameVariable"), credential.fields().get("username"));
                env.put(vars.get("passwordVariable"), credential.fields().get("password"));
            }
            case "file" -> env.put(vars.get("variable"), files.write(credential.fields().get("content")));
            default -> {
                env.put(vars.get("keyFileVariable"), files.write(credential.fields().get("privateKey")));
                putIfBoth(env, vars.get("usernameVariable"), credential.fields().get("username"));
                putIfBoth(env, vars.get("passphraseVariable"), credential.fields().get("passphrase"));
            }
        }
    }

    private static void putIfBoth(Map<String, String> env, String name, String value) {
        if (name != null && value != null) {
            env.put(name, value);
        }
    }
}
