package io.slipway.agent.shell;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sh}: runs a script with bash ({@code -e}, so the first failing command fails it) in the
 * current directory with the step's environment. Output goes to the log line by line, except stdout
 * with {@code returnStdout: true}, which becomes the step's value. A non-zero exit fails the step
 * unless {@code returnStatus: true}, which returns the code instead. Aborting kills the process tree.
 */
public final class ShStep implements StepExecutor {

    @Override
    public String step() {
        return "sh";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        String script = call.requiredText("script");
        boolean returnStdout = call.flag("returnStdout", false);
        boolean returnStatus = call.flag("returnStatus", false);
        Path file = writeScript(ctx, script);
        try {
            List<String> command = script.startsWith("#!")
                    ? List.of(file.toString())
                    : List.of("bash", "-e", file.toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(ctx.cwd().toFile());
            builder.environment().putAll(ctx.env());
            builder.redirectErrorStream(!returnStdout);
            ShellProcess process = ShellProcess.start(builder, ctx.log(), returnStdout);
            int exit = process.waitFor();
            String stdout = process.stdout();
            if (exit != 0 && !returnStatus) {
                throw new StepFailure("script returned exit code " + exit);
            }
            if (returnStatus) {
                return StepResult.of(exit);
            }
            return returnStdout ? StepResult.of(stdout) : StepResult.none();
        } finally {
            deleteQuietly(file);
        }
    }

    private static Path writeScript(StepContext ctx, String script) {
        try {
            Path dir = Files.createDirectories(ctx.services().buildDir().resolve("tmp"));
            Path file = Files.createTempFile(dir, "sh-", ".sh");
            Files.writeString(file, script);
            if (script.startsWith("#!")) {
                file.toFile().setExecutable(true, true);
            }
            if (!Files.isDirectory(ctx.cwd())) {
                Files.createDirectories(ctx.cwd());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("sh: cannot write the script file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp script in the build folder is harmless; the build's outcome matters more.
        }
    }
}
