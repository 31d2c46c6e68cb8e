package io.slipway.agent.step;

import io.slipway.agent.log.LogSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where and with what a step runs: the build's workspace, the current directory inside it, the
 * environment, and the build's services (log sink, cancellation, change log, credentials, inputs,
 * stashes). Immutable apart from the environment map, which scripts may write ({@code env.X = v});
 * block steps derive a child context with {@link #inDir} or {@link #withEnv}, leaving this one as is.
 */
public final class StepContext {

    private final Path workspace;
    private final Path cwd;
    private final Map<String, String> env;
    private final BuildServices services;

    public StepContext(Path workspace, Path cwd, Map<String, String> env, BuildServices services) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.cwd = Objects.requireNonNull(cwd, "cwd");
        this.env = new ConcurrentHashMap<>(env);
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The root of the build's workspace. */
    public Path workspace() {
        return workspace;
    }

    /** The directory relative paths are resolved against ({@code dir} changes it). */
    public Path cwd() {
        return cwd;
    }

    /** The environment steps see: live, thread-safe, writable by scripts. */
    public Map<String, String> env() {
        return env;
    }

    public LogSink log() {
        return services.log();
    }

    public Cancellation cancellation() {
        return services.cancellation();
    }

    public ChangeLog changes() {
        return services.changes();
    }

    public BuildServices services() {
        return services;
    }

    /** {@code path} resolved against {@link #cwd()}. */
    public Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }

    /** A child context whose current directory is {@code dir}, with a copy of this environment. */
    public StepContext inDir(Path dir) {
        Map<String, String> copy = new ConcurrentHashMap<>(env);
        copy.put("PWD", dir.toString());
        return new StepContext(workspace, dir, copy, services);
    }

    /** A child context whose environment is this one's with {@code overrides} applied. */
    public StepContext withEnv(Map<String, String> overrides) {
        Map<String, String> copy = new ConcurrentHashMap<>(env);
        copy.putAll(overrides);
        return new StepContext(workspace, cwd, copy, services);
    }

    /** A child context whose log lines go to {@code log} (a branch prefix, extra masking). */
    public StepContext withServices(BuildServices other) {
        return new StepContext(workspace, cwd, env, other);
    }
}
