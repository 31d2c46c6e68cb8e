package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.ConditionNode;
import io.slipway.dsl.ast.declarative.WhenNode;
import io.slipway.dsl.model.Comparator;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks {@code when}: known conditions with the arguments each takes, the nesting of {@code not}/
 * {@code allOf}/{@code anyOf}, boolean {@code before*} flags, valid comparators and changelog regular
 * expressions, and the Groovy of {@code expression} blocks.
 */
final class WhenRules {

    /** Each condition with its named arguments; the first is also accepted as the single positional one. */
    static final Map<String, List<String>> CONDITIONS = Map.ofEntries(
            Map.entry("branch", List.of("pattern", "comparator")),
            Map.entry("buildingTag", List.of()),
            Map.entry("tag", List.of("pattern", "comparator")),
            Map.entry("changeRequest", List.of("id", "target", "branch", "fork", "url", "title", "author",
                    "authorDisplayName", "authorEmail", "comparator")),
            Map.entry("changeset", List.of("pattern", "comparator", "caseSensitive")),
            Map.entry("changelog", List.of("pattern")),
            Map.entry("environment", List.of("name", "value", "ignoreCase", "comparator")),
            Map.entry("equals", List.of("expected", "actual")),
            Map.entry("expression", List.of()),
            Map.entry("triggeredBy", List.of("cause", "detail")),
            Map.entry("isRestartedRun", List.of()),
            Map.entry("not", List.of()), Map.entry("allOf", List.of()), Map.entry("anyOf", List.of()));
    static final List<String> NAMES = List.of("branch", "buildingTag", "tag", "changeRequest", "changeset",
            "changelog", "environment", "equals", "expression", "triggeredBy", "isRestartedRun", "not", "allOf",
            "anyOf");
    private static final List<String> POSITIONAL = List.of("branch", "tag", "changeset", "changelog", "triggeredBy");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "branch", List.of("pattern"), "changeset", List.of("pattern"), "changelog", List.of("pattern"),
            "environment", List.of("name", "value"), "equals", List.of("expected", "actual"),
            "triggeredBy", List.of("cause"));

    private final Report report;
    private final ExpressionCheck expressions;

    WhenRules(Report report, ExpressionCheck expressions) {
        this.report = report;
        this.expressions = expressions;
    }

    void check(WhenNode when) {
        flag(when.beforeAgent(), "beforeAgent");
        flag(when.beforeInput(), "beforeInput");
        flag(when.beforeOptions(), "beforeOptions");
        when.conditions().forEach(this::check);
    }

    private void flag(Optional<Expr> value, String name) {
        value.ifPresent(v -> {
            if (Literals.bool(v).isEmpty()) {
                report.error(v.pos(), ValidationMessages.expectedBoolean(name));
            }
        });
    }

    private void check(ConditionNode c) {
        String name = c.name();
        if (!CONDITIONS.containsKey(name)) {
            report.unknown(c.pos(), ValidationMessages.unknownWhen(name), name, NAMES);
            return;
        }
        switch (name) {
            case "not", "allOf", "anyOf" -> checkNesting(c);
            case "expression" -> checkExpression(c);
            default -> checkArguments(c);
        }
        if (name.equals("equals")) {
            c.named().forEach(a -> report.all(expressions.checkExpr(a.value())));
        }
    }

    private void checkNesting(ConditionNode c) {
        if (!c.args().isEmpty() || !c.named().isEmpty()) {
            report.error(c.pos(), ValidationMessages.whenNoArgs(c.name()));
        }
        if (c.name().equals("not") && c.children().size() != 1) {
            report.error(c.pos(), ValidationMessages.whenChildren("not", "exactly one nested condition"));
        } else if (c.children().isEmpty()) {
            report.error(c.pos(), ValidationMessages.whenChildren(c.name(), "at least one nested condition"));
        }
        c.children().forEach(this::check);
    }

    private void checkExpression(ConditionNode c) {
        if (c.block().isEmpty() || !c.args().isEmpty() || !c.named().isEmpty()) {
            report.error(c.pos(), ValidationMessages.whenExpressionBlock());
            return;
        }
        report.all(expressions.checkBody(c.block().get().body()));
    }

    private void checkArguments(ConditionNode c) {
        String name = c.name();
        List<String> allowed = CONDITIONS.get(name);
        if (c.block().isPresent() || !c.children().isEmpty()) {
            report.error(c.pos(), ValidationMessages.whenNoChildren(name));
        }
        boolean positional = c.args().size() == 1 && POSITIONAL.contains(name);
        if (!c.args().isEmpty() && (!positional || !c.named().isEmpty())) {
            report.error(c.pos(), ValidationMessages.whenUnknownArg(name, ExprText.of(c.args().get(0))));
        }
        for (NamedArg arg : c.named()) {
            if (!allowed.contains(arg.name())) {
                report.unknown(arg.pos(), ValidationMessages.whenUnknownArg(name, arg.name()), arg.name(), allowed);
            }
        }
        for (String required : REQUIRED.getOrDefault(name, List.of())) {
            boolean given = c.arg(required).isPresent() || (positional && required.equals(allowed.get(0)));
            if (!given) {
                report.error(c.pos(), ValidationMessages.whenMissingArg(name, required));
            }
        }
        c.arg("comparator").ifPresent(a -> {
            String word = Literals.word(a.value()).orElse(ExprText.of(a.value()));
            if (Comparator.find(word).isEmpty()) {
                report.error(a.value().pos(), ValidationMessages.unknownComparator(word),
                        ValidationMessages.allowed(Comparator.allowed()));
            }
        });
        c.arg("caseSensitive").ifPresent(a -> flag(Optional.of(a.value()), "caseSensitive"));
        c.arg("ignoreCase").ifPresent(a -> flag(Optional.of(a.value()), "ignoreCase"));
        if (name.equals("changelog")) {
            Optional<Expr> pattern = positional ? Optional.of(c.args().get(0)) : c.arg("pattern").map(NamedArg::value);
            pattern.flatMap(ExprText::literal).ifPresent(p -> checkRegex(p, pattern.get()));
        }
    }

    private void checkRegex(String pattern, Expr at) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            report.error(at.pos(), ValidationMessages.badRegex(pattern, e.getDescription()));
        }
    }
}
