package io.slipway.server.run;

import io.slipway.agent.step.StepBody;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepRegistry;
import io.slipway.agent.step.StepResult;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.EvalException;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.expr.PipelineError;
import io.slipway.dsl.expr.StepInvocation;
import io.slipway.dsl.expr.StepInvoker;
import io.slipway.dsl.model.Step;
import io.slipway.server.build.BuildStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs steps of one build: declarative steps from the model (arguments evaluated by the interpreter)
 * and steps that scripts call (as the interpreter's {@link StepInvoker}), both through the step
 * registry. The context of the running step travels in a per-thread frame, because the interpreter
 * calls back on the thread that runs the script. Step failures become {@link PipelineError}s inside
 * scripts (so {@code try/catch} sees them) and {@link StepFailure}s everywhere else.
 */
final class StepDispatch implements StepInvoker {

    /** What the step running on this thread works in, and which stage it belongs to. */
    record Frame(StepContext ctx, StageScope stage) {
    }

    private final StepRegistry registry;
    private final Interpreter interpreter;
    private final BuildState state;
    private final ThreadLocal<Frame> frame = new ThreadLocal<>();
    private EvalContext evalContext;
    private ScriptParallel parallel;

    StepDispatch(StepRegistry registry, Interpreter interpreter, BuildState state) {
        this.registry = registry;
        this.interpreter = interpreter;
        this.state = state;
    }

    void evalContext(EvalContext context) {
        this.evalContext = context;
    }

    /** Where the {@code parallel} step of scripts runs its branches. */
    void parallel(ScriptParallel runner) {
        this.parallel = runner;
    }

    EvalContext evalContext() {
        return evalContext;
    }

    Optional<Frame> current() {
        return Optional.ofNullable(frame.get());
    }

    /** Runs {@code work} with {@code f} as this thread's frame, restoring the previous one after. */
    <T> T within(Frame f, Work<T> work) throws InterruptedException {
        Frame before = frame.get();
        frame.set(f);
        try {
            return work.run();
        } finally {
            frame.set(before);
        }
    }

    /** Work that may be interrupted. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws InterruptedException;
    }

    /** Runs declarative steps in order; the first failure ends them. */
    void runSteps(List<Step> steps, Frame f) throws InterruptedException {
        for (Step step : steps) {
            f.ctx().cancellation().check();
            runStep(step, f);
        }
    }

    private Object runStep(Step step, Frame f) throws InterruptedException {
        if (step instanceof Step.ScriptBlock script) {
            return within(f, () -> {
                try {
                    interpreter.run(script.body(), evalContext);
                    return null;
                } catch (PipelineError e) {
                    throw new StepFailure(e.getMessage());
                } catch (EvalException e) {
                    throw new StepFailure(e.getMessage());
                }
            });
        }
        Step.StepCall call = (Step.StepCall) step;
        return within(f, () -> {
            List<Object> args = new ArrayList<>();
            Map<String, Object> named = new LinkedHashMap<>();
            try {
                for (Expr arg : call.args()) {
                    args.add(interpreter.evaluate(arg, evalContext));
                }
                for (NamedArg arg : call.named()) {
                    named.put(arg.name(), interpreter.evaluate(arg.value(), evalContext));
                }
            } catch (PipelineError | EvalException e) {
                throw new StepFailure(e.getMessage());
            }
            Optional<StepBody> body = call.body().map(nested -> ctx -> {
                runSteps(nested, new Frame(ctx, f.stage()));
                return null;
            });
            return execute(new StepCall(call.name(), args, named, body, call.pos().toString()), f);
        });
    }

    @Override
    public Object invoke(StepInvocation invocation) {
        Frame f = frame.get();
        if (f == null) {
            throw new IllegalStateException("step '" + invocation.name() + "' called outside a running stage");
        }
        if (invocation.name().equals("parallel") && parallel != null) {
            return runParallel(invocation, f);
        }
        Optional<StepBody> body = invocation.body().map(scriptBody -> ctx -> within(new Frame(ctx, f.stage()), () -> {
            try {
                return scriptBody.run();
            } catch (PipelineError e) {
                throw new StepFailure(e.scriptMessage() == null ? e.getMessage() : e.scriptMessage());
            } catch (BuildInterrupted e) {
                throw new InterruptedException("build interrupted");
            }
        }));
        try {
            return execute(new StepCall(invocation.name(), invocation.args(), invocation.named(), body,
                    invocation.pos().toString()), f);
        } catch (StepFailure e) {
            throw new PipelineError(PipelineError.ABORT, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildInterrupted();
        }
    }

    private Object runParallel(StepInvocation invocation, Frame f) {
        try {
            var branches = ScriptParallel.branches(invocation.named(), invocation.args(), invocation.pos().toString());
            Object failFast = invocation.named().get("failFast");
            boolean fast = failFast instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(failFast));
            return parallel.run(branches, fast, this, f);
        } catch (StepFailure e) {
            throw new PipelineError(PipelineError.ABORT, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildInterrupted();
        }
    }

    private Object execute(StepCall call, Frame f) throws InterruptedException {
        StepExecutor executor = registry.find(call.name()).orElseThrow(() -> new StepFailure(call.location()
                + ": unknown step '" + call.name() + "' (known steps: " + String.join(", ", registry.names()) + ")"));
        Optional<io.slipway.agent.step.RemoteWorkspace> remote = executor.placement()
                == io.slipway.agent.step.StepPlacement.WORKSPACE
                ? f.ctx().services().extensions().find(io.slipway.agent.step.RemoteWorkspace.class) : Optional.empty();
        StepResult result = remote.isPresent() ? remote.get().run(call, f.ctx()) : executor.run(call, f.ctx());
        if (result.buildResult() != null) {
            state.worsen(BuildStatus.valueOf(result.buildResult()));
        }
        if (result.stageResult() != null) {
            f.stage().worsen(BuildStatus.valueOf(result.stageResult()));
        }
        return result.value();
    }

    /** Carries an abort through the interpreter, which only lets unchecked exceptions pass. */
    static final class BuildInterrupted extends RuntimeException {
        BuildInterrupted() {
            super("build interrupted", null, false, false);
        }
    }
}
