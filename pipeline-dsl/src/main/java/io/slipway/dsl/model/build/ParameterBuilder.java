package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.declarative.CallNode;
import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.dsl.model.Value;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.Arrays;
import java.util.List;

/** Builds parameter definitions; {@code choices} written as a list or as a newline-separated string both become a list. */
final class ParameterBuilder {

    private ParameterBuilder() {
    }

    static List<ParameterDefinition> build(List<CallNode> parameters) {
        return parameters.stream().map(ParameterBuilder::build).toList();
    }

    static ParameterDefinition build(CallNode p) {
        List<NamedArg> a = p.named();
        String name = Values.text(a, "name", "");
        String description = Values.text(a, "description", "");
        Value defaultValue = Values.named(a, "defaultValue").orElse(Value.literal(""));
        return switch (p.name()) {
            case "string" -> new ParameterDefinition.StringParam(name, defaultValue, description,
                    Values.flag(a, "trim"), p.pos());
            case "text" -> new ParameterDefinition.TextParam(name, defaultValue, description, p.pos());
            case "booleanParam" -> new ParameterDefinition.BooleanParam(name,
                    p.arg("defaultValue").flatMap(d -> Literals.bool(d.value())).orElse(false), description, p.pos());
            case "choice" -> new ParameterDefinition.ChoiceParam(name,
                    choices(p.arg("choices").map(NamedArg::value).orElseThrow()), description, p.pos());
            case "password" -> new ParameterDefinition.PasswordParam(name, defaultValue, description, p.pos());
            default -> new ParameterDefinition.OtherParam(p.name(), name, description, Values.map(a), p.pos());
        };
    }

    static List<String> choices(Expr value) {
        if (value instanceof ListExpr list) {
            return list.elements().stream().map(e -> String.valueOf(((ConstantExpr) e).value())).toList();
        }
        String text = String.valueOf(((ConstantExpr) value).value());
        return Arrays.asList(text.split("\\r?\\n"));
    }
}
