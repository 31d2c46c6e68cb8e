package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.model.TimeUnitName;
import io.slipway.dsl.parse.declarative.Literals;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code options} of the pipeline or a stage.
 * <p>
 * The rule for names: an option Slipway acts on ({@link KnownOptions#TYPED}) has its arguments checked; an
 * option of Jenkins core or a common plugin ({@link KnownOptions#RECORDED}) is accepted and recorded by
 * name; an unknown name within typo distance of a known option (at most 2 edits, 1 for short names) is an
 * error with a "did you mean" hint, because it is almost certainly a mistake; any other unknown name is a
 * warning, recorded by name like Jenkins records a plugin's job property. Options that configure the whole
 * job are errors in a stage. Each option may appear once.
 */
final class OptionRules {

    private final Report report;

    OptionRules(Report report) {
        this.report = report;
    }

    void check(SectionNode<CallNode> section, boolean inStage) {
        Set<String> seen = new HashSet<>();
        for (CallNode option : section.entries()) {
            String name = option.name();
            if (!seen.add(name)) {
                report.error(option.pos(), ValidationMessages.duplicateOption(name));
            }
            if (inStage && KnownOptions.PIPELINE_ONLY.contains(name)) {
                report.error(option.pos(), ValidationMessages.optionNotInStage(name));
                continue;
            }
            if (KnownOptions.TYPED.contains(name)) {
                checkTyped(option);
            } else if (!KnownOptions.RECORDED.contains(name)) {
                if (Suggestions.nearest(name, KnownOptions.all()).isPresent()) {
                    report.unknown(option.pos(), ValidationMessages.unknownOption(name), name, KnownOptions.all());
                } else {
                    report.warning(option.pos(), ValidationMessages.unrecognisedOption(name));
                }
            }
        }
    }

    private void checkTyped(CallNode o) {
        switch (o.name()) {
            case "timeout" -> checkTimeout(o);
            case "retry" -> positiveWhole(o, first(o, "count"), "a retry count, e.g. retry(3)");
            case "quietPeriod" -> whole(o, first(o, "quietPeriod"), "a number of seconds, e.g. quietPeriod(30)", 0);
            case "checkoutToSubdirectory" -> {
                if (first(o, "path").flatMap(Literals::word).isEmpty()) {
                    report.error(o.pos(), ValidationMessages.optionArgument(o.name(), "a directory name"));
                }
            }
            case "disableConcurrentBuilds" -> o.arg("abortPrevious").ifPresent(a -> bool(a));
            case "preserveStashes" -> o.arg("buildCount").ifPresent(a ->
                    whole(o, Optional.of(a.value()), "buildCount: a number of builds", 1));
            case "buildDiscarder" -> checkDiscarder(o);
            case "deployment" -> {
                if (o.args().size() != 1 || !o.named().isEmpty() || first(o, "environment")
                        .flatMap(io.slipway.dsl.parse.declarative.ExprText::literal).filter(e -> !e.isBlank()).isEmpty()) {
                    report.error(o.pos(), ValidationMessages.optionArgument(o.name(),
                            "the name of the environment it deploys to, e.g. deployment('prod')"));
                }
            }
            default -> {
                boolean flag = o.args().isEmpty() || (o.args().size() == 1 && Literals.bool(o.args().get(0)).isPresent());
                if (!flag || !o.named().isEmpty()) {
                    report.error(o.pos(), ValidationMessages.optionArgument(o.name(), "no arguments, or true/false"));
                }
            }
        }
    }

    private void checkTimeout(CallNode o) {
        Optional<Expr> time = first(o, "time");
        positiveWhole(o, time, "time: a positive number, e.g. timeout(time: 30, unit: 'MINUTES')");
        o.arg("unit").ifPresent(u -> {
            String unit = Literals.word(u.value()).orElse("");
            if (TimeUnitName.find(unit).isEmpty()) {
                report.error(u.value().pos(), ValidationMessages.unknownTimeUnit(unit),
                        ValidationMessages.allowed(TimeUnitName.allowed()));
            }
        });
        o.arg("activity").ifPresent(this::bool);
    }

    private void checkDiscarder(CallNode o) {
        boolean strategy = o.args().size() == 1 && o.args().get(0) instanceof MethodCallExpr;
        if (!strategy) {
            report.error(o.pos(), ValidationMessages.optionArgument(o.name(),
                    "a strategy, e.g. buildDiscarder(logRotator(numToKeepStr: '10'))"));
        }
    }

    private static Optional<Expr> first(CallNode o, String key) {
        if (o.args().size() == 1) {
            return Optional.of(o.args().get(0));
        }
        return o.arg(key).map(NamedArg::value);
    }

    private void positiveWhole(CallNode o, Optional<Expr> value, String expected) {
        whole(o, value, expected, 1);
    }

    private void whole(CallNode o, Optional<Expr> value, String expected, long min) {
        if (value.flatMap(Literals::whole).filter(v -> v >= min).isEmpty()) {
            report.error(value.map(Expr::pos).orElse(o.pos()), ValidationMessages.optionArgument(o.name(), expected));
        }
    }

    private void bool(NamedArg arg) {
        if (Literals.bool(arg.value()).isEmpty()) {
            report.error(arg.value().pos(), ValidationMessages.expectedBoolean(arg.name()));
        }
    }
}
