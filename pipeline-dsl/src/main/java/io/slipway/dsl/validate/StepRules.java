package io.slipway.dsl.validate;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.ScriptNode;
import io.slipway.dsl.ast.declarative.StepCallNode;
import io.slipway.dsl.ast.declarative.StepNode;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * Checks step calls: the name is in the {@link StepCatalog} (a near miss gets "did you mean"; when the file
 * loads shared libraries an unknown name is only a warning, as it may be a library's global variable),
 * Jenkins' blocked steps ({@code stage}, {@code properties}, and {@code parallel} unless it is the only
 * step of a stage), {@code credentials()} outside {@code environment}, and the Groovy of {@code script} blocks.
 */
final class StepRules {

    private static final Map<String, String> BLOCKED = Map.of(
            "stage", "stages are declared with stage('name') { ... } inside 'stages'",
            "properties", "use the pipeline's 'options', 'parameters' and 'triggers' sections");

    private final Report report;
    private final StepCatalog catalog;
    private final ExpressionCheck expressions;
    private final boolean sharedLibraries;

    StepRules(Report report, StepCatalog catalog, ExpressionCheck expressions, boolean sharedLibraries) {
        this.report = report;
        this.catalog = catalog;
        this.expressions = expressions;
        this.sharedLibraries = sharedLibraries;
    }

    /** {@code stageLevel}: these are the top-level steps of a stage, where a lone {@code parallel} is allowed. */
    void check(List<StepNode> steps, boolean stageLevel) {
        for (StepNode step : steps) {
            if (step instanceof ScriptNode script) {
                report.all(expressions.checkBody(script.block().body()));
            } else if (step instanceof StepCallNode call) {
                checkCall(call, stageLevel && steps.size() == 1);
            }
        }
    }

    private void checkCall(StepCallNode call, boolean alone) {
        String name = call.name();
        if (BLOCKED.containsKey(name)) {
            report.error(call.pos(), ValidationMessages.blockedStep(name, BLOCKED.get(name)));
        } else if (name.equals("parallel") && !alone) {
            report.error(call.pos(), ValidationMessages.blockedStep(name,
                    "the parallel step can only be the only step of a stage; use parallel { stage(...) } instead"));
        } else if (!catalog.isKnown(name)) {
            checkUnknown(call);
        } else {
            checkArguments(call);
        }
        for (Expr arg : call.args()) {
            checkCredentials(arg);
            report.all(expressions.checkExpr(arg));
        }
        for (NamedArg arg : call.named()) {
            checkCredentials(arg.value());
            report.all(expressions.checkExpr(arg.value()));
        }
        call.body().ifPresent(body -> check(body, false));
    }

    private void checkArguments(StepCallNode call) {
        String name = call.name();
        List<Expr> positional = call.args().stream().filter(a -> !(a instanceof ClosureExpr)).toList();
        if (!positional.isEmpty() && !call.named().isEmpty()) {
            report.error(call.pos(), ValidationMessages.mixedArguments(name),
                    "name every argument, e.g. sh script: 'make', returnStdout: true");
            return;
        }
        if (StepSignatures.BLOCK_STEPS.contains(name) && call.body().isEmpty() && call.args().size() == positional.size()) {
            report.error(call.pos(), ValidationMessages.stepNeedsBlock(name));
        }
        StepSignatures.of(name).ifPresent(signature -> {
            for (NamedArg arg : call.named()) {
                if (!signature.has(arg.name())) {
                    report.unknown(arg.pos(), ValidationMessages.unknownStepParameter(name, arg.name()), arg.name(),
                            signature.all());
                }
            }
            if (positional.size() == 1 && call.named().isEmpty()) {
                if (signature.required().size() > 1) {
                    report.error(call.pos(), ValidationMessages.missingStepParameter(name, signature.required().get(1)));
                }
                return;
            }
            if (positional.size() > 1) {
                report.error(call.pos(), ValidationMessages.namedArgumentsRequired(name));
                return;
            }
            if (positional.isEmpty()) {
                for (String required : signature.required()) {
                    if (call.named().stream().noneMatch(a -> a.name().equals(required))) {
                        report.error(call.pos(), ValidationMessages.missingStepParameter(name, required));
                    }
                }
            }
        });
    }

    private void checkUnknown(StepCallNode call) {
        String name = call.name();
        var nearest = Suggestions.nearest(name, catalog.names());
        if (nearest.isPresent()) {
            report.error(call.pos(), ValidationMessages.unknownStep(name), "did you mean '" + nearest.get() + "'?");
        } else if (sharedLibraries) {
            report.warning(call.pos(), ValidationMessages.libraryStep(name));
        } else {
            report.error(call.pos(), ValidationMessages.unknownStep(name),
                    "not a Jenkins or Slipway step; a shared library's step needs @Library or a 'libraries' section");
        }
    }

    private void checkCredentials(Expr arg) {
        SyntaxWalk.each(arg, e -> {
            SyntaxWalk.bareDollarCurly(e).ifPresent(text ->
                    report.error(e.pos(), ValidationMessages.bareDollarCurly(text)));
            if (SyntaxWalk.isCredentialsCall(e)) {
                report.error(e.pos(), ValidationMessages.credentialsOutsideEnvironment(),
                        "bind it in 'environment' or use withCredentials([...]) { }");
            }
        });
    }
}
