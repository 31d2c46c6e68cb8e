package io.slipway.agent.docker;

import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PushResponseItem;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.CredentialLookup.StepCredential;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dockerPush(image: '127.0.0.1:5000/shop:1.2', credentialsId: 'registry')}: pushes a local image to its
 * registry with the engine of {@link DockerSettings}, logging in with a {@code usernamePassword} credential from
 * the store (its password masked in the log). Returns the pushed image by digest ({@code repo@sha256:...}) and
 * records a {@code docker.image} change: target the repository, after that digest reference, before the digest
 * the tag pointed to until now when the registry tells.
 */
public final class DockerPushStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("image", "credentialsId", "timeout");

    private final DockerEngines engines;
    private final RegistryDigests registry = new RegistryDigests();

    public DockerPushStep(DockerEngines engines) {
        this.engines = engines;
    }

    @Override
    public String step() {
        return "dockerPush";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        ImageReference image = ImageReference.imageArgument(args);
        Optional<StepCredential> credential = args.text("credentialsId").map(id -> credential(args, ctx, id));
        Duration timeout = Duration.ofSeconds(args.number("timeout", 3600, 1, 86_400));
        String username = credential.map(c -> c.fields().get("username")).orElse(null);
        String password = credential.map(c -> c.fields().get("password")).orElse(null);

        var client = engines.client(DockerSteps.settings(ctx));
        Optional<String> before = registry.current(image, username, password);
        var command = client.pushImageCmd(image.repository()).withTag(image.tag());
        if (credential.isPresent()) {
            command.withAuthConfig(new AuthConfig().withUsername(username).withPassword(password)
                    .withRegistryAddress(image.registry()));
        }
        ctx.log().line("dockerPush: pushing " + image + (credential.isPresent()
                ? " as " + username + " (credential '" + credential.get().id() + "')" : ""));
        EngineCall<PushResponseItem> progress = new EngineCall<>(ctx.log(), "dockerPush of " + image);
        try {
            command.exec(progress);
        } catch (RuntimeException e) {
            throw new StepFailure("dockerPush of " + image + " failed: " + EngineCall.message(e));
        }
        progress.await(timeout);
        String digest = progress.digest() != null ? progress.digest() : registry.current(image, username, password)
                .orElseThrow(() -> new StepFailure("dockerPush of " + image + ": the engine reported no digest"));
        String pushed = image.repository() + "@" + digest;
        ctx.changes().record(new ChangeLog.Change("docker.image", image.repository(),
                before.map(d -> image.repository() + "@" + d).orElse(null), pushed));
        ctx.log().line("dockerPush: pushed " + image + " as " + pushed
                + before.map(d -> d.equals(digest) ? " (unchanged)" : " (was " + d + ")").orElse(""));
        return StepResult.of(pushed);
    }

    private static StepCredential credential(ReleaseArguments args, StepContext ctx, String id) {
        StepCredential credential = ctx.services().credentials().find(id)
                .orElseThrow(() -> args.failure("argument 'credentialsId': no credential with id '" + id + "'"));
        if (!credential.type().equals("usernamePassword")) {
            throw args.failure("argument 'credentialsId': credential '" + id + "' is of type '" + credential.type()
                    + "', but a registry login needs type 'usernamePassword'");
        }
        String password = credential.fields().get("password");
        if (password != null && !password.isEmpty()) {
            ctx.services().masker().add(password);
        }
        return credential;
    }
}
