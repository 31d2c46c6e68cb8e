package io.slipway.server.deploy;

import io.slipway.dsl.ast.MethodCallExpr;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The release steps a {@code script} block calls, found by walking its syntax tree (every node is a record,
 * so one walk over record components, lists and optionals reaches every call). The walk is bounded by the
 * tree's size; it never evaluates anything.
 */
final class ScriptCalls {

    private static final int MAX_NODES = 100_000;

    private ScriptCalls() {
    }

    /**
     * Names of release steps called anywhere under {@code node}: as steps of a stage or as plain calls
     * ({@code gatewayTargets(...)}) in script blocks.
     */
    static Set<String> releaseSteps(Object node) {
        Set<String> found = new LinkedHashSet<>();
        walk(node, found, new int[] {0});
        return found;
    }

    private static void walk(Object node, Set<String> found, int[] visited) {
        if (node == null || ++visited[0] > MAX_NODES) {
            return;
        }
        if (node instanceof MethodCallExpr call && call.target().isEmpty()
                && ReleaseSteps.shape(call.name()).isPresent()) {
            found.add(call.name());
        }
        if (node instanceof io.slipway.dsl.model.Step.StepCall step && ReleaseSteps.shape(step.name()).isPresent()) {
            found.add(step.name());
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> walk(item, found, visited));
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(value -> walk(value, found, visited));
        } else if (node instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(record), found, visited);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
                }
            }
        }
    }
}
