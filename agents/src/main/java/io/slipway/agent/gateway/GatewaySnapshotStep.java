package io.slipway.agent.gateway;

import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code gatewaySnapshot()} or {@code gatewaySnapshot(file: 'gateway/prod.yaml')}: stores the first gateway
 * node's declarative configuration ({@code GET /config?format=yaml}, Kong's decK-style format that
 * {@code POST /config} accepts back) as a build artifact, by default {@code gateway-snapshot.yaml}. Records a
 * {@code gateway.snapshot} change whose target is the artifact's path relative to the build's artifacts and whose
 * after is the configuration's hash. Returns the artifact path.
 */
public final class GatewaySnapshotStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("file");

    private final AdminClient admin;

    public GatewaySnapshotStep(AdminClient admin) {
        this.admin = admin;
    }

    @Override
    public String step() {
        return "gatewaySnapshot";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String file = args.text("file").orElse("gateway-snapshot.yaml");
        Path artifacts = ctx.services().buildDir().resolve("artifacts").normalize();
        Path target = artifacts.resolve(file).normalize();
        if (Path.of(file).isAbsolute() || !target.startsWith(artifacts) || target.equals(artifacts)) {
            throw args.failure("argument 'file' must be a relative path inside the build's artifacts, was '" + file + "'");
        }
        GatewayNodes nodes = GatewaySteps.nodes(ctx);
        String yaml = admin.getText(nodes.primary(), "/config?format=yaml");
        String hash = admin.get(nodes.primary(), "/status").path("configuration_hash").asText(null);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("gatewaySnapshot: cannot write the artifact " + file, e);
        }
        String path = artifacts.relativize(target).toString();
        ctx.changes().record(new ChangeLog.Change("gateway.snapshot", path, null, hash));
        ctx.log().line("gatewaySnapshot: stored the configuration of gateway node " + nodes.primary()
                + " (" + hash + ") as artifact " + path);
        return StepResult.of(path);
    }
}
