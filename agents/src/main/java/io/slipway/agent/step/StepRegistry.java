package io.slipway.agent.step;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step executors by step name. Immutable once built; safe to share between builds. */
public final class StepRegistry {

    private final Map<String, StepExecutor> executors;

    public StepRegistry(Collection<? extends StepExecutor> executors) {
        this.executors = executors.stream()
                .collect(Collectors.toMap(StepExecutor::step, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two executors for step '" + a.step() + "'");
                }, TreeMap::new));
    }

    public Optional<StepExecutor> find(String step) {
        return Optional.ofNullable(executors.get(step));
    }

    /** The known step names, sorted, for "unknown step" messages. */
    public Collection<String> names() {
        return executors.keySet();
    }
}
