package io.slipway.server.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.step.InputGate;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.model.EnvVar;
import io.slipway.dsl.model.Input;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.Stage;
import io.slipway.dsl.model.StageBody;
import io.slipway.dsl.model.Step;
import io.slipway.dsl.model.Value;
import io.slipway.server.build.Build;
import io.slipway.server.deploy.ReleasePlan.PlannedChange;
import io.slipway.server.run.ReleaseHooks.InputScope;
import io.slipway.server.run.WhenEvaluator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the {@link ReleasePlan} of a build waiting at an input: walks the stages from the waiting one to the
 * end (nested and parallel ones in order), skips those whose {@code when} is already false, binds each stage's
 * environment, and evaluates the arguments of every release step call with the build's current parameters and
 * environment. An argument that needs a step's result, a credential or a variable set later is reported as
 * unknown with the reason, never guessed; so are release steps inside {@code script} blocks. {@code from} comes
 * from the environment's current deployment. Stateless and thread-safe.
 */
final class ReleasePlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeploymentService deployments;

    ReleasePlanner(DeploymentService deployments) {
        this.deployments = deployments;
    }

    ReleasePlan plan(Build build, Pipeline pipeline, InputGate.Request request, InputScope scope) {
        String environment = Environments.of(pipeline, build.parameters());
        Optional<Deployment> current = deployments.current(build.job(), environment);
        List<Stage> stages = new ArrayList<>();
        flatten(pipeline.stages(), stages);
        int start = startOf(stages, request, scope);
        Interpreter interpreter = new Interpreter();
        WhenEvaluator when = new WhenEvaluator(interpreter, build.cause());
        Map<String, String> pipelineEnv = new LinkedHashMap<>(scope.scripts().env());
        Walk walk = new Walk(interpreter, current, scope, new ArrayList<>());
        for (int i = start; i < stages.size() && i >= 0; i++) {
            Stage stage = stages.get(i);
            Map<String, String> env = new LinkedHashMap<>(pipelineEnv);
            env.put("STAGE_NAME", stage.name());
            PlanContext ctx = new PlanContext(scope.scripts(), env);
            String condition = null;
            if (stage.when().isPresent()) {
                try {
                    if (!when.holds(stage.when().get(), ctx)) {
                        continue;
                    }
                } catch (RuntimeException e) {
                    condition = scope.mask().apply("decided when the stage runs (" + e.getMessage() + ")");
                }
            }
            bindEnvironment(stage.environment(), interpreter, ctx);
            if (stage.body() instanceof StageBody.StepsBody body) {
                List<Step> steps = body.steps();
                if (i == start && stage.input().isEmpty()) {
                    steps = afterInput(steps);
                }
                walk.steps(steps, stage.name(), ctx, condition);
            } else if (stage.body() instanceof StageBody.MatrixBody) {
                walk.out().add(new PlannedChange(stage.name(), "matrix", null, null, null, null,
                        List.of("the release steps of matrix cells are not planned"), condition));
            }
        }
        return new ReleasePlan(environment, current.map(Deployment::id).orElse(null), walk.out());
    }

    /** Stages in the order they run: a stage, then the stages nested in it. */
    private static void flatten(List<Stage> stages, List<Stage> out) {
        for (Stage stage : stages) {
            out.add(stage);
            if (stage.body() instanceof StageBody.SequentialBody nested) {
                flatten(nested.stages(), out);
            } else if (stage.body() instanceof StageBody.ParallelBody parallel) {
                flatten(parallel.stages(), out);
            }
        }
    }

    /** The index of the stage that waits: the one running the {@code input} step, or whose own input it is. */
    private static int startOf(List<Stage> stages, InputGate.Request request, InputScope scope) {
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (scope.stage().map(stage.name()::equals).orElse(false)) {
                return i;
            }
            if (scope.stage().isEmpty() && stage.input().map(in -> inputId(in).equals(request.id())).orElse(false)) {
                return i;
            }
        }
        return -1;
    }

    /** The id the engine gives a stage's input: its {@code id}, else its message without non-alphanumerics. */
    private static String inputId(Input input) {
        String message = input.message() instanceof Value.Literal l ? l.text() : "Proceed?";
        return input.id().orElse(message.replaceAll("[^A-Za-z0-9]", ""));
    }

    private static List<Step> afterInput(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step.StepCall call && call.name().equals("input")) {
                return steps.subList(i + 1, steps.size());
            }
        }
        return steps;
    }

    private static void bindEnvironment(List<EnvVar> vars, Interpreter interpreter, PlanContext ctx) {
        for (EnvVar var : vars) {
            if (var.value() instanceof Value.Literal literal) {
                ctx.env().put(var.name(), literal.text());
            } else if (var.value() instanceof Value.Expression e) {
                try {
                    ctx.env().put(var.name(), Interpreter.render(interpreter.evaluate(e.expr(), ctx)));
                } catch (RuntimeException ex) {
                    ctx.env().remove(var.name());
                }
            } else {
                ctx.env().remove(var.name());
            }
        }
    }

    /** One walk over the steps still to run, collecting planned changes. */
    private record Walk(Interpreter interpreter, Optional<Deployment> current, InputScope scope,
            List<PlannedChange> out) {

        void steps(List<Step> steps, String stage, EvalContext ctx, String condition) {
            for (Step step : steps) {
                if (step instanceof Step.ScriptBlock script) {
                    for (String name : ScriptCalls.releaseSteps(script.body())) {
                        out.add(new PlannedChange(stage, name, ReleaseSteps.shape(name).get().kind(), null, null, null,
                                List.of("called in a script block at " + script.pos()
                                        + ": its arguments are known only when it runs"), condition));
                    }
                } else if (step instanceof Step.StepCall call) {
                    ReleaseSteps.shape(call.name()).ifPresent(shape -> out.add(planned(call, shape, stage, ctx, condition)));
                    if (call.body().isPresent()) {
                        steps(call.body().get(), stage, call.name().equals("withEnv") ? withEnv(call, ctx) : ctx,
                                condition);
                    }
                }
            }
        }

        private PlannedChange planned(Step.StepCall call, ReleaseSteps.Shape shape, String stage, EvalContext ctx,
                String condition) {
            Map<String, Object> args = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (NamedArg arg : call.named()) {
                evaluate(arg.name(), arg.value(), ctx, args, unknown);
            }
            if (!call.args().isEmpty() && shape.targetArgs().length > 0) {
                evaluate(shape.targetArgs()[0], call.args().get(0), ctx, args, unknown);
            }
            Optional<String> target = ReleaseSteps.target(shape, args);
            if (call.name().equals("kubernetesApply")) {
                unknown.add("which deployments and images the manifest " + args.getOrDefault("file", "(file unknown)")
                        + " changes is read from the workspace when the step runs");
            } else if (target.isEmpty() && unknown.isEmpty()) {
                unknown.add("its target is not among its arguments");
            }
            Object from = target.flatMap(t -> from(shape.kind(), t)).orElse(null);
            Object to = switch (call.name()) {
                case "consulDeregister" -> null;
                case "drain" -> Map.of("target", String.valueOf(args.get("target")), "weight", 0);
                default -> masked(args);
            };
            return new PlannedChange(stage, call.name(), shape.kind(), target.map(scope.mask()).orElse(null), from, to,
                    unknown.stream().map(scope.mask()).toList(), condition);
        }

        private void evaluate(String name, Expr expr, EvalContext ctx, Map<String, Object> args, List<String> unknown) {
            try {
                args.put(name, interpreter.evaluate(expr, ctx));
            } catch (RuntimeException e) {
                unknown.add("argument '" + name + "': " + e.getMessage());
            }
        }

        /** What runs there now: the recorded value of the target, else the deployment's image for image kinds. */
        private Optional<Object> from(String kind, String target) {
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> recorded = target.endsWith("/*")
                    ? current.get().state().of(kind).entrySet().stream()
                            .filter(e -> e.getKey().startsWith(target.substring(0, target.length() - 1)))
                            .map(Map.Entry::getValue).findFirst()
                    : current.get().state().get(kind, target);
            if (recorded.isPresent()) {
                return Optional.of(shown(kind, recorded.get()));
            }
            if (kind.equals("docker.image") && current.get().image() != null
                    && !current.get().image().startsWith(target)) {
                return Optional.empty();
            }
            if ((kind.equals("docker.image") || kind.equals("kubernetes.deployment")) && current.get().image() != null) {
                Map<String, Object> image = new LinkedHashMap<>();
                image.put("image", current.get().image());
                if (current.get().digest() != null) {
                    image.put("digest", current.get().digest());
                }
                return Optional.of(image);
            }
            return Optional.empty();
        }

        private Object masked(Object value) {
            if (value instanceof String s) {
                return scope.mask().apply(s);
            } else if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), masked(v)));
                return out;
            } else if (value instanceof List<?> list) {
                return list.stream().map(this::masked).toList();
            } else if (value == null || value instanceof Number || value instanceof Boolean) {
                return value;
            }
            return scope.mask().apply(Interpreter.render(value));
        }

        private static EvalContext withEnv(Step.StepCall call, EvalContext ctx) {
            Map<String, String> env = new LinkedHashMap<>(ctx.env());
            PlanContext child = new PlanContext(ctx, env);
            try {
                Object vars = call.args().isEmpty() ? null : new Interpreter().evaluate(call.args().get(0), ctx);
                if (vars instanceof List<?> list) {
                    for (Object entry : list) {
                        String text = String.valueOf(entry);
                        int eq = text.indexOf('=');
                        if (eq > 0) {
                            env.put(text.substring(0, eq), text.substring(eq + 1));
                        }
                    }
                }
            } catch (RuntimeException e) {
                // the variables stay unset: arguments that use them are reported unknown
            }
            return child;
        }

        /** A recorded value as a plan shows it: a pushed image as {@code image} and {@code digest}, JSON as JSON. */
        private static Object shown(String kind, String value) {
            Map<String, Object> image = new LinkedHashMap<>();
            int digest = value.indexOf("@sha256:");
            if (kind.equals("docker.image") && digest >= 0) {
                image.put("image", value);
                image.put("digest", value.substring(digest + 1));
                return image;
            }
            return parsed(value);
        }

        private static Object parsed(String value) {
            String trimmed = value.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return JSON.readValue(trimmed, Object.class);
                } catch (IOException e) {
                    return value;
                }
            }
            return value;
        }
    }
}
