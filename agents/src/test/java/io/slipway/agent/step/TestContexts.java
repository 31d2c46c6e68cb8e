package io.slipway.agent.step;

import io.slipway.agent.log.SecretMasker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A step context as the engine builds one, on real folders: a workspace and a build folder, a log that
 * keeps its lines, no credentials, and an input gate that refuses. For tests of single step executors.
 */
public final class TestContexts {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final StepContext context;

    public TestContexts(Path workspace, Path buildDir) {
        BuildServices services = new BuildServices(lines::add, new SecretMasker(), () -> false, change -> { },
                id -> Optional.empty(), request -> new InputGate.Answer(false, "test", Map.of()), buildDir);
        this.context = new StepContext(workspace, workspace, Map.of(), services);
    }

    public StepContext context() {
        return context;
    }

    /** The log lines written so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** A call of {@code step} with named arguments, as {@code step(key: value, ...)} in a Jenkinsfile. */
    public static StepCall call(String step, Map<String, Object> named) {
        return new StepCall(step, List.of(), named, Optional.empty(), "Jenkinsfile:1:1");
    }

    /** A call of {@code step} with one positional argument, as {@code step 'value'}. */
    public static StepCall call(String step, Object positional) {
        return new StepCall(step, List.of(positional), Map.of(), Optional.empty(), "Jenkinsfile:1:1");
    }
}
