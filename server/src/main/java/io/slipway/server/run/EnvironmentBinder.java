package io.slipway.server.run;

import io.slipway.agent.step.CredentialLookup.StepCredential;
import io.slipway.agent.step.RemoteWorkspace;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.model.EnvVar;
import io.slipway.dsl.model.Value;
import io.slipway.server.agent.AgentLease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an {@code environment} section into a context's environment, in order, so a variable
 * may use the ones before it. {@code credentials('id')} binds the secret (usernamePassword also as
 * {@code NAME_USR}/{@code NAME_PSW}; files and SSH keys as paths of owner-only files, written on the remote
 * agent while the workspace is one's and deleted there when its lease ends) and adds every secret value to the
 * log masker.
 */
final class EnvironmentBinder {

    private final Interpreter interpreter;
    private final StepDispatch dispatch;

    EnvironmentBinder(Interpreter interpreter, StepDispatch dispatch) {
        this.interpreter = interpreter;
        this.dispatch = dispatch;
    }

    /** Puts every variable of {@code vars} into {@code frame}'s environment. */
    void bind(List<EnvVar> vars, StepDispatch.Frame frame) throws InterruptedException {
        StepContext ctx = frame.ctx();
        for (EnvVar var : vars) {
            Value value = var.value();
            if (value instanceof Value.Literal literal) {
                ctx.env().put(var.name(), literal.text());
            } else if (value instanceof Value.Expression expression) {
                Object result = dispatch.within(frame, () -> interpreter.evaluate(expression.expr(), dispatch.evalContext()));
                ctx.env().put(var.name(), Interpreter.render(result));
            } else if (value instanceof Value.Credential credential) {
                bindCredential(var.name(), credential.credentialsId(), ctx);
            }
        }
    }

    private static void bindCredential(String name, String id, StepContext ctx) throws InterruptedException {
        StepCredential credential = ctx.services().credentials().find(id).orElseThrow(() ->
                new StepFailure("environment " + name + ": no credential with id '" + id + "'"));
        Map<String, String> f = credential.fields();
        f.forEach((field, secret) -> {
            if (!field.equals("username") && !field.equals("fileName")) {
                ctx.services().masker().add(secret);
            }
        });
        switch (credential.type()) {
            case "string" -> ctx.env().put(name, f.get("secret"));
            case "usernamePassword" -> {
                ctx.services().masker().add(f.get("username") + ":" + f.get("password"));
                ctx.env().put(name, f.get("username") + ":" + f.get("password"));
                ctx.env().put(name + "_USR", f.get("username"));
                ctx.env().put(name + "_PSW", f.get("password"));
            }
            case "file" -> ctx.env().put(name, secretFile(ctx, f.get("content")));
            default -> {
                ctx.env().put(name, secretFile(ctx, f.get("privateKey")));
                if (f.get("username") != null) {
                    ctx.env().put(name + "_USR", f.get("username"));
                }
            }
        }
    }

    /** An owner-only file with {@code content}: on the agent when the workspace is one's, else in the build folder. */
    private static String secretFile(StepContext ctx, String content) throws InterruptedException {
        Optional<RemoteWorkspace> remote = ctx.services().extensions().find(RemoteWorkspace.class);
        if (remote.isPresent() && remote.get() instanceof AgentLease lease) {
            return lease.writeSecretFile(content, ctx);
        }
        try {
            Path dir = Files.createDirectories(ctx.services().buildDir().resolve("secrets"));
            Path file = Files.createTempFile(dir, "env-", "");
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            Files.writeString(file, content == null ? "" : content);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a secret file for the environment", e);
        }
    }
}
