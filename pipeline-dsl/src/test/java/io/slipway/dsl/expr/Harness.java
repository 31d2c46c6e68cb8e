package io.slipway.dsl.expr;

import java.util.LinkedHashMap;
import java.util.Map;

/** One interpreter with a context of params, env, build and recording steps, as a build would have it. */
final class Harness {

    final Map<String, Object> params = new LinkedHashMap<>();
    final Map<String, String> env = new LinkedHashMap<>();
    final FakeBuild previous = new FakeBuild(6, "FAILURE", null);
    final FakeBuild build = new FakeBuild(7, null, previous);
    final RecordingSteps steps = new RecordingSteps();
    final Interpreter interpreter = new Interpreter();
    final EvalContext ctx = EvalContext.of(params, env, build, steps);

    Object eval(String expression) {
        return interpreter.evaluate(Scripts.expr(expression), ctx);
    }

    /** Runs a script body and returns its value (the last expression's, or a top-level return's). */
    Object run(String script) {
        return interpreter.evaluateBody(Scripts.body(script), ctx);
    }
}
