package io.slipway.dsl.validate;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.parse.declarative.ExprText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks parameter definitions (of the pipeline and of a stage's input): a known type, named arguments the
 * type has, a name, a boolean default for {@code booleanParam}, choices for {@code choice}, unique names.
 * The five core types are checked in full; the parameter types of common plugins are accepted by name.
 */
final class ParameterRules {

    static final Map<String, List<String>> CORE = Map.of(
            "string", List.of("name", "defaultValue", "description", "trim"),
            "text", List.of("name", "defaultValue", "description", "trim"),
            "booleanParam", List.of("name", "defaultValue", "description"),
            "choice", List.of("name", "choices", "description"),
            "password", List.of("name", "defaultValue", "description"));
    static final List<String> PLUGIN = List.of("gitParameter", "extendedChoice", "run", "file", "base64File",
            "stashedFile", "credentials", "activeChoice", "activeChoiceParam", "activeChoiceReactiveParam",
            "activeChoiceHtml", "reactiveChoice", "listGitBranches", "validatingString", "persistentString",
            "persistentText", "persistentBoolean", "persistentChoice", "separator", "nodeParam", "labelParam",
            "label", "node", "hidden", "editableChoice", "imageTag", "buildSelector", "multiselect",
            "wHideParameterDefinition", "choiceParam", "stringParam", "textParam", "passwordParam");

    private final Report report;

    ParameterRules(Report report) {
        this.report = report;
    }

    void check(List<CallNode> parameters) {
        Map<String, SourcePos> names = new HashMap<>();
        for (CallNode p : parameters) {
            Optional<String> name = check(p);
            name.ifPresent(n -> {
                SourcePos first = names.putIfAbsent(n, p.pos());
                if (first != null) {
                    report.error(p.pos(), ValidationMessages.duplicateParameter(n, Report.at(first)));
                }
            });
        }
    }

    private Optional<String> check(CallNode p) {
        if (!CORE.containsKey(p.name())) {
            if (!PLUGIN.contains(p.name())) {
                List<String> known = new ArrayList<>(CORE.keySet());
                known.addAll(PLUGIN);
                report.error(p.pos(), ValidationMessages.unknownParameterType(p.name()),
                        Report.hint(p.name(), known.stream().sorted().toList()));
            }
            return p.arg("name").flatMap(n -> ExprText.literal(n.value()));
        }
        if (!p.args().isEmpty() || p.closure().isPresent()) {
            report.error(p.pos(), ValidationMessages.parameterNamedArgs(p.name()));
            return Optional.empty();
        }
        for (NamedArg arg : p.named()) {
            if (!CORE.get(p.name()).contains(arg.name())) {
                report.unknown(arg.pos(), ValidationMessages.parameterUnknownArg(p.name(), arg.name()), arg.name(),
                        CORE.get(p.name()));
            }
        }
        Optional<String> name = p.arg("name").flatMap(n -> ExprText.literal(n.value()));
        if (name.isEmpty() || name.get().isBlank()) {
            report.error(p.pos(), ValidationMessages.parameterWithoutName(p.name()));
        }
        String shown = name.orElse("");
        if (p.name().equals("booleanParam")) {
            p.arg("defaultValue").ifPresent(d -> {
                if (!(d.value() instanceof ConstantExpr c && c.value() instanceof Boolean)) {
                    report.error(d.value().pos(), ValidationMessages.booleanDefaultNotBoolean(shown));
                }
            });
        }
        if (p.name().equals("choice")) {
            checkChoices(p, shown);
        }
        return name;
    }

    private void checkChoices(CallNode p, String name) {
        Optional<NamedArg> choices = p.arg("choices");
        if (choices.isEmpty()) {
            report.error(p.pos(), ValidationMessages.choiceWithoutChoices(name));
            return;
        }
        Expr value = choices.get().value();
        if (value instanceof ListExpr list) {
            if (list.elements().isEmpty()) {
                report.error(value.pos(), ValidationMessages.choiceWithoutChoices(name));
            } else if (!list.elements().stream().allMatch(e -> e instanceof ConstantExpr c && c.value() != null)) {
                report.error(value.pos(), ValidationMessages.choicesShape(name));
            }
        } else if (value instanceof ConstantExpr c && c.value() instanceof String s) {
            if (s.isBlank()) {
                report.error(value.pos(), ValidationMessages.choiceWithoutChoices(name));
            }
        } else {
            report.error(value.pos(), ValidationMessages.choicesShape(name));
        }
    }
}
