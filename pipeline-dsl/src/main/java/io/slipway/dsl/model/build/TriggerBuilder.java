package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.model.BuildResult;
import io.slipway.dsl.model.Trigger;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.Arrays;
import java.util.List;

/** Builds triggers; {@code upstreamProjects: 'a, b'} becomes a list of job names. */
final class TriggerBuilder {

    private TriggerBuilder() {
    }

    static List<Trigger> build(List<CallNode> triggers) {
        return triggers.stream().map(TriggerBuilder::build).toList();
    }

    private static Trigger build(CallNode t) {
        return switch (t.name()) {
            case "cron" -> new Trigger.Cron(Values.of(spec(t)), t.pos());
            case "pollSCM" -> new Trigger.PollScm(Values.of(spec(t)), t.pos());
            case "upstream" -> new Trigger.Upstream(projects(t), threshold(t), t.pos());
            default -> new Trigger.OtherTrigger(t.name(), t.args(), Values.map(t.named()), t.pos());
        };
    }

    private static Expr spec(CallNode t) {
        return t.args().isEmpty() ? t.arg("spec").map(NamedArg::value).orElseThrow() : t.args().get(0);
    }

    private static List<String> projects(CallNode t) {
        String text = t.arg("upstreamProjects").flatMap(a -> ExprText.stringOf(a.value())).orElse("");
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static BuildResult threshold(CallNode t) {
        return t.arg("threshold").flatMap(a -> Literals.word(a.value())).flatMap(BuildResult::find)
                .orElse(BuildResult.SUCCESS);
    }
}
