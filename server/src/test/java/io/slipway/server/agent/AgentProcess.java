package io.slipway.server.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real agent jar ({@code ../agents/target/slipway-agent.jar}, built in the agents module's package phase)
 * started as a separate {@code java -jar} process, its output in a file. The token goes through
 * {@code SLIPWAY_AGENT_TOKEN}, as a user keeps it out of {@code ps}. Stopped (or killed) by its own PID only.
 */
final class AgentProcess implements AutoCloseable {

    static final Path JAR = Path.of("..", "agents", "target", "slipway-agent.jar").toAbsolutePath().normalize();

    private final Process process;
    private final Path output;

    private AgentProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts an agent against {@code serverUrl} with {@code token}, {@code labels} and a work folder. */
    static AgentProcess start(String serverUrl, String token, String labels, Path workDir, String... more) {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError("the agent jar is missing at " + JAR + " (built by the agents module's package phase)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", JAR.toString(), "--server", serverUrl, "--labels", labels, "--work-dir", workDir.toString()));
        command.addAll(List.of(more));
        try {
            Files.createDirectories(workDir);
            Path output = Files.createTempFile(workDir.getParent(), "agent-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("SLIPWAY_AGENT_TOKEN", token);
            return new AgentProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits (bounded) for the process to exit by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("agent did not exit; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits (bounded: 60 s) until the agent's output shows {@code text}. */
    void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("agent exited (" + process.exitValue() + ") before showing '" + text
                        + "'; output:\n" + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("agent never showed '" + text + "'; output:\n" + output());
    }

    /** {@code kill -9}: the process ends without a word to the server. */
    void kill() throws InterruptedException {
        // the shell steps it started are ours too; end them after the agent, as a dead machine would
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
