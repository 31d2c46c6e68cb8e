package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.ConditionNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import io.slipway.dsl.model.Comparator;
import io.slipway.dsl.model.Condition;
import io.slipway.dsl.model.When;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link When} and its conditions. */
final class WhenBuilder {

    private WhenBuilder() {
    }

    static When build(WhenNode w) {
        return new When(w.conditions().stream().map(WhenBuilder::condition).toList(), flag(w.beforeAgent()),
                flag(w.beforeInput()), flag(w.beforeOptions()), w.pos());
    }

    private static boolean flag(Optional<Expr> value) {
        return value.flatMap(Literals::bool).orElse(false);
    }

    static Condition condition(ConditionNode c) {
        var pos = c.pos();
        return switch (c.name()) {
            case "branch" -> new Condition.Branch(pattern(c).orElseThrow(), comparator(c, Comparator.GLOB), pos);
            case "buildingTag" -> new Condition.BuildingTag(pos);
            case "tag" -> new Condition.Tag(pattern(c), comparator(c, Comparator.GLOB), pos);
            case "changeRequest" -> new Condition.ChangeRequest(fields(c), comparator(c, Comparator.EQUALS), pos);
            case "changeset" -> new Condition.Changeset(pattern(c).orElseThrow(), comparator(c, Comparator.GLOB),
                    c.arg("caseSensitive").flatMap(a -> Literals.bool(a.value())).orElse(false), pos);
            case "changelog" -> new Condition.Changelog(pattern(c).orElseThrow(), pos);
            case "environment" -> new Condition.EnvironmentEquals(text(c, "name"), text(c, "value"),
                    c.arg("ignoreCase").flatMap(a -> Literals.bool(a.value())).orElse(false), pos);
            case "equals" -> new Condition.Equals(c.arg("expected").orElseThrow().value(),
                    c.arg("actual").orElseThrow().value(), pos);
            case "expression" -> new Condition.Expression(c.block().orElseThrow().body(), pos);
            case "triggeredBy" -> new Condition.TriggeredBy(c.args().isEmpty() ? text(c, "cause")
                    : ExprText.of(c.args().get(0)), c.arg("detail").map(a -> ExprText.of(a.value())), pos);
            case "isRestartedRun" -> new Condition.IsRestartedRun(pos);
            case "not" -> new Condition.Not(condition(c.children().get(0)), pos);
            case "allOf" -> new Condition.AllOf(children(c), pos);
            case "anyOf" -> new Condition.AnyOf(children(c), pos);
            default -> throw new IllegalStateException("when condition passed validation but is unknown: " + c.name());
        };
    }

    private static List<Condition> children(ConditionNode c) {
        return c.children().stream().map(WhenBuilder::condition).toList();
    }

    private static Optional<String> pattern(ConditionNode c) {
        if (c.args().size() == 1) {
            return ExprText.stringOf(c.args().get(0)).or(() -> Optional.of(ExprText.of(c.args().get(0))));
        }
        return c.arg("pattern").map(a -> ExprText.stringOf(a.value()).orElse(ExprText.of(a.value())));
    }

    private static String text(ConditionNode c, String key) {
        return c.arg(key).map(a -> ExprText.stringOf(a.value()).orElse(ExprText.of(a.value()))).orElse("");
    }

    private static Comparator comparator(ConditionNode c, Comparator fallback) {
        return c.arg("comparator").flatMap(a -> Literals.word(a.value())).flatMap(Comparator::find).orElse(fallback);
    }

    private static Map<String, String> fields(ConditionNode c) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (NamedArg a : c.named()) {
            if (!a.name().equals("comparator")) {
                fields.put(a.name(), ExprText.stringOf(a.value()).orElse(ExprText.of(a.value())));
            }
        }
        return fields;
    }
}
