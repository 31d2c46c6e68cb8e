package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StepInvoker} for tests: records each call as {@code name arg...} (arguments rendered as the
 * interpreter renders them), throws for {@code error} as Jenkins does, answers {@code sh} from a table,
 * and runs the body of block steps.
 */
final class RecordingSteps implements StepInvoker {

    final List<String> calls = new ArrayList<>();
    final Map<String, String> shOutput = new HashMap<>();

    @Override
    public Object invoke(StepInvocation call) {
        StringBuilder line = new StringBuilder(call.name());
        call.args().forEach(a -> line.append(' ').append(Interpreter.render(a)));
        call.named().forEach((k, v) -> line.append(' ').append(k).append(':').append(Interpreter.render(v)));
        calls.add(line.toString());
        switch (call.name()) {
            case "error" -> throw PipelineError.abort(Interpreter.render(call.argument("message").orElse(null)));
            case "sh" -> {
                String script = Interpreter.render(call.argument("script").orElse(""));
                if (Boolean.TRUE.equals(call.named().get("returnStatus"))) {
                    return shOutput.containsKey(script) ? 0 : 1;
                }
                if (!shOutput.containsKey(script)) {
                    throw PipelineError.abort("script returned exit code 1");
                }
                return Boolean.TRUE.equals(call.named().get("returnStdout")) ? shOutput.get(script) : null;
            }
            default -> {
                return call.body().map(StepBody::run).orElse(null);
            }
        }
    }
}
