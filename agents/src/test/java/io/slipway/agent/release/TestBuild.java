package io.slipway.agent.release;

import io.slipway.agent.log.MaskingLogSink;
import io.slipway.agent.log.SecretMasker;
import io.slipway.agent.step.BuildExtensions;
import io.slipway.agent.step.BuildServices;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.CredentialLookup;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One build as the release steps see it in tests: a workspace, a log and a change log that keep what they got,
 * credentials and extensions the test supplies. Not a fake of our engine: it is the same {@link BuildServices}
 * record the server builds, filled with collecting sinks.
 */
public final class TestBuild {

    public final List<String> log = new CopyOnWriteArrayList<>();
    public final List<ChangeLog.Change> changes = new CopyOnWriteArrayList<>();
    private final Path workspace;
    private final Path buildDir;
    private final Map<String, CredentialLookup.StepCredential> credentials = new HashMap<>();
    private BuildExtensions extensions = BuildExtensions.none();
    /** One masker for the whole build, as the server keeps one: a secret a step adds stays masked. */
    private final SecretMasker masker = new SecretMasker();

    public TestBuild(Path root) {
        this.workspace = root.resolve("workspace");
        this.buildDir = root.resolve("build");
        try {
            java.nio.file.Files.createDirectories(workspace);
            java.nio.file.Files.createDirectories(buildDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path workspace() {
        return workspace;
    }

    public Path buildDir() {
        return buildDir;
    }

    public <T> TestBuild with(Class<T> type, T service) {
        extensions = extensions.with(type, service);
        return this;
    }

    public TestBuild credential(String id, String type, Map<String, String> fields) {
        credentials.put(id, new CredentialLookup.StepCredential(id, type, fields));
        return this;
    }

    public StepContext context() {
        BuildServices services = new BuildServices(new MaskingLogSink(log::add, masker), masker, () -> false,
                changes::add, id -> Optional.ofNullable(credentials.get(id)), request -> {
                    throw new IllegalStateException("no input in release step tests");
                }, buildDir, extensions);
        return new StepContext(workspace, workspace, Map.of(), services);
    }

    /** Runs {@code step} with named arguments, as {@code step(key: value, ...)} at Jenkinsfile:1:1. */
    public StepResult run(StepExecutor step, Map<String, Object> named) throws InterruptedException {
        return step.run(new StepCall(step.step(), List.of(), named, Optional.empty(), "Jenkinsfile:1:1"), context());
    }

    /** A step's value that is a map ({@code [changed: true, ...]}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> valueMap(StepResult result) {
        return (Map<String, Object>) result.value();
    }

    /** The whole log as one text. */
    public String logText() {
        return String.join("\n", log);
    }
}
