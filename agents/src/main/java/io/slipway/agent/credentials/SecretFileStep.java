package io.slipway.agent.credentials;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepPlacement;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two internal calls through which {@code withCredentials} puts a secret file where a remote agent's
 * {@code sh} can read it: {@value #WRITE} (named argument {@code content}) writes an owner-only file into
 * {@code <workspace>@tmp/secretFiles/}, as Jenkins does, and answers its path on the agent; {@value #DELETE}
 * (named argument {@code path}) deletes one such file again. Their names cannot be written in a Jenkinsfile
 * (they hold a dot), so only the engine sends them; agents run them as they run any step call, with the
 * secret masked in whatever they log.
 */
public final class SecretFileStep implements StepExecutor {

    public static final String WRITE = "withCredentials.writeSecretFile";
    public static final String DELETE = "withCredentials.deleteSecretFile";
    static final String FOLDER = "secretFiles";

    private final String step;

    private SecretFileStep(String step) {
        this.step = step;
    }

    /** Both calls, for a remote agent's step registry. */
    public static List<StepExecutor> all() {
        return List.of(new SecretFileStep(WRITE), new SecretFileStep(DELETE));
    }

    /** Where the secret files of the workspace {@code workspace} live: its temp area, beside it. */
    public static Path folder(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + "@tmp").resolve(FOLDER);
    }

    @Override
    public String step() {
        return step;
    }

    @Override
    public StepPlacement placement() {
        return StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        Path folder = folder(ctx.workspace()).toAbsolutePath().normalize();
        if (step.equals(WRITE)) {
            Object content = call.arg("content").orElse("");
            return StepResult.of(SecretFiles.write(folder, "secret-", String.valueOf(content)).toString());
        }
        Path file = Path.of(call.requiredText("path")).toAbsolutePath().normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new StepFailure(call.location() + ": withCredentials: " + file + " is not a secret file of this"
                    + " workspace");
        }
        SecretFiles.delete(file);
        return StepResult.none();
    }

    /**
     * Deletes every secret file left in the workspaces under {@code workspaces} (an agent that was killed, or
     * cut off until its builds were aborted, could not delete them at the end of their blocks); how many.
     */
    public static int deleteLeftovers(Path workspaces) {
        if (!Files.isDirectory(workspaces)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> temps = Files.list(workspaces)) {
            for (Path temp : temps.filter(p -> p.getFileName().toString().endsWith("@tmp")).toList()) {
                Path folder = temp.resolve(FOLDER);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList()) {
                        deleted += Files.isRegularFile(p) ? 1 : 0;
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot delete leftover secret files under " + workspaces, e);
        }
        return deleted;
    }
}
