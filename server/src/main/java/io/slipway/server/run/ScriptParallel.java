package io.slipway.server.run;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.expr.ClosureValue;
import io.slipway.dsl.expr.PipelineError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The {@code parallel} step inside a {@code script} block: {@code parallel a: { ... }, b: { ... },
 * failFast: true}, or {@code parallel(branches)} with a map of closures built in the script. Each branch
 * runs on its own thread with its log lines prefixed {@code [name]}; the step ends when every branch
 * has ended and fails, naming the failed branches, when any failed. With {@code failFast}, the first
 * failure interrupts the others. Returns the branches' values by name, as Jenkins does. Per build.
 */
final class ScriptParallel {

    private final ExecutorService threads;
    private final BuildControl control;

    ScriptParallel(ExecutorService threads, BuildControl control) {
        this.threads = threads;
        this.control = control;
    }

    /** The branches of a call: its named closures, or the closures of a single map argument. */
    static Map<String, ClosureValue> branches(Map<String, Object> named, List<Object> args, String location) {
        Map<String, Object> source = new LinkedHashMap<>(named);
        if (args.size() == 1 && args.get(0) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> source.put(String.valueOf(k), v));
        }
        Map<String, ClosureValue> branches = new LinkedHashMap<>();
        source.forEach((name, value) -> {
            if (value instanceof ClosureValue closure) {
                branches.put(name, closure);
            } else if (!name.equals("failFast")) {
                throw new StepFailure(location + ": parallel: branch '" + name + "' must be a closure { ... }");
            }
        });
        if (branches.isEmpty()) {
            throw new StepFailure(location + ": parallel needs at least one branch, e.g. parallel a: { ... }");
        }
        return branches;
    }

    /** Runs {@code branches}, each inside {@code frameOf(name)} through {@code dispatch}. */
    Map<String, Object> run(Map<String, ClosureValue> branches, boolean failFast, StepDispatch dispatch,
            StepDispatch.Frame outer) throws InterruptedException {
        CompletionService<Object> done = new ExecutorCompletionService<>(threads);
        Map<Future<Object>, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, ClosureValue> branch : branches.entrySet()) {
            String name = branch.getKey();
            StepContext ctx = outer.ctx().withServices(outer.ctx().services()
                    .withLog(line -> outer.ctx().log().line("[" + name + "] " + line)));
            StepDispatch.Frame frame = new StepDispatch.Frame(ctx, outer.stage());
            names.put(done.submit(() -> {
                control.enter();
                try {
                    return dispatch.within(frame, () -> branch.getValue().call());
                } finally {
                    control.leave();
                }
            }), name);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        String firstMessage = null;
        try {
            for (int i = 0; i < names.size(); i++) {
                Future<Object> future = done.take();
                String name = names.get(future);
                try {
                    results.put(name, future.get());
                } catch (CancellationException e) {
                    failed.add(name);
                } catch (ExecutionException e) {
                    failed.add(name);
                    if (firstMessage == null) {
                        firstMessage = message(e.getCause());
                        outer.ctx().log().line("[" + name + "] ERROR: " + firstMessage);
                    }
                    if (failFast) {
                        names.keySet().forEach(f -> f.cancel(true));
                    }
                }
            }
        } catch (InterruptedException e) {
            names.keySet().forEach(f -> f.cancel(true));
            throw e;
        }
        if (!failed.isEmpty()) {
            throw new StepFailure("Failed in branch" + (failed.size() > 1 ? "es " : " ") + String.join(", ", failed)
                    + (firstMessage == null ? "" : ": " + firstMessage));
        }
        return results;
    }

    private static String message(Throwable error) {
        if (error instanceof PipelineError p && p.scriptMessage() != null) {
            return p.scriptMessage();
        }
        return String.valueOf(error.getMessage());
    }
}
