package io.slipway.agent.docker;

import com.github.dockerjava.api.model.BuildResponseItem;
import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code dockerBuild(image: '127.0.0.1:5000/shop:1.2', context: '.', dockerfile: 'Dockerfile',
 * buildArgs: [VERSION: '1.2'], tags: ['latest'])}: builds an image with the engine of {@link DockerSettings} from
 * a context folder of the workspace, on the host network (the engine may have no bridge network), streaming
 * the engine's output to the build log. {@code tags} are more tags of the same repository ({@code 'latest'}) or
 * whole names ({@code '127.0.0.1:5000/shop:stable'}). {@code pull: true} pulls newer base images first,
 * {@code noCache: true} builds without the layer cache, as {@code docker build --pull --no-cache}. Returns the image id. A build changes nothing outside the
 * engine, so nothing is recorded; {@code dockerPush} records what it publishes.
 */
public final class DockerBuildStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("image", "context", "dockerfile", "buildArgs", "tags", "pull",
            "noCache", "timeout");

    private final DockerEngines engines;

    public DockerBuildStep(DockerEngines engines) {
        this.engines = engines;
    }

    @Override
    public String step() {
        return "dockerBuild";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        ImageReference image = ImageReference.imageArgument(args);
        Path context = ctx.resolve(args.text("context").orElse("."));
        if (!context.startsWith(ctx.workspace()) || !Files.isDirectory(context)) {
            throw args.failure("argument 'context': '" + args.text("context").orElse(".")
                    + "' is not a folder of the workspace");
        }
        String dockerfileName = args.text("dockerfile").orElse("Dockerfile");
        Path dockerfile = context.resolve(dockerfileName).normalize();
        if (!dockerfile.startsWith(context) || !Files.isRegularFile(dockerfile)) {
            throw args.failure("argument 'dockerfile': no file '" + dockerfileName + "' in the context " + context);
        }
        Set<String> tags = new LinkedHashSet<>();
        tags.add(image.toString());
        for (String tag : args.textList("tags")) {
            String full = tag.contains("/") || tag.contains(":") ? tag : image.repository() + ":" + tag;
            tags.add(ImageReference.parse(full).orElseThrow(() -> args.failure("argument 'tags': '" + tag
                    + "' is neither a tag such as 'latest' nor an image name")).toString());
        }
        Map<String, String> buildArgs = buildArgs(args);
        Duration timeout = Duration.ofSeconds(args.number("timeout", 3600, 1, 86_400));

        var client = engines.client(DockerSteps.settings(ctx));
        var command = client.buildImageCmd().withBaseDirectory(context.toFile()).withDockerfile(dockerfile.toFile())
                .withTags(tags).withNetworkMode("host").withRemove(true)
                .withPull(args.flag("pull", false)).withNoCache(args.flag("noCache", false));
        buildArgs.forEach(command::withBuildArg);
        String folder = ctx.workspace().relativize(context).toString();
        ctx.log().line("dockerBuild: building " + String.join(", ", tags) + " from "
                + (folder.isEmpty() ? "" : folder + "/") + dockerfileName);
        EngineCall<BuildResponseItem> progress = new EngineCall<>(ctx.log(), "dockerBuild of " + image);
        try {
            command.exec(progress);
        } catch (RuntimeException e) {
            throw new StepFailure("dockerBuild of " + image + " failed: " + EngineCall.message(e));
        }
        progress.await(timeout);
        String id = progress.imageId();
        if (id == null) {
            throw new StepFailure("dockerBuild of " + image + " failed: the engine announced no image id");
        }
        ctx.log().line("dockerBuild: built " + id);
        return StepResult.of(id);
    }

    private static Map<String, String> buildArgs(ReleaseArguments args) {
        Map<String, String> values = new LinkedHashMap<>();
        args.map("buildArgs").ifPresent(map -> map.forEach((key, value) -> {
            if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw args.failure("argument 'buildArgs': '" + key + "' is not a build argument name");
            }
            if (value == null || value instanceof Map<?, ?> || value instanceof java.util.List<?>) {
                throw args.failure("argument 'buildArgs': the value of '" + key + "' must be a text, was '" + value + "'");
            }
            values.put(key, String.valueOf(value));
        }));
        return values;
    }
}
