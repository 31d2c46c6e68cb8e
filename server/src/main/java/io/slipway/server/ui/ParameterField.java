package io.slipway.server.ui;

import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.dsl.model.ParameterDefinition.BooleanParam;
import io.slipway.dsl.model.ParameterDefinition.ChoiceParam;
import io.slipway.dsl.model.ParameterDefinition.PasswordParam;
import io.slipway.dsl.model.ParameterDefinition.StringParam;
import io.slipway.dsl.model.ParameterDefinition.TextParam;
import io.slipway.dsl.model.Value;
import java.util.List;

/**
 * One field of the "Build with parameters" form: the declared parameter's type ({@code string},
 * {@code text}, {@code boolean}, {@code choice}, {@code password}, or the plugin type's name), its
 * description, default, choices, the value to show (a password's is always empty) and the
 * server's complaint about it, if any.
 */
public record ParameterField(String name, String type, String description, String defaultValue, List<String> choices,
        String value, String error) {

    public ParameterField {
        choices = List.copyOf(choices);
    }

    static ParameterField of(ParameterDefinition definition, String value, String error) {
        String type;
        String fallback = "";
        List<String> choices = List.of();
        if (definition instanceof StringParam s) {
            type = "string";
            fallback = text(s.defaultValue());
        } else if (definition instanceof TextParam t) {
            type = "text";
            fallback = text(t.defaultValue());
        } else if (definition instanceof BooleanParam b) {
            type = "boolean";
            fallback = Boolean.toString(b.defaultValue());
        } else if (definition instanceof ChoiceParam c) {
            type = "choice";
            choices = c.choices();
            fallback = choices.isEmpty() ? "" : choices.get(0);
        } else if (definition instanceof PasswordParam) {
            type = "password";
        } else {
            type = ((ParameterDefinition.OtherParam) definition).type();
        }
        String shown = type.equals("password") ? "" : value == null ? fallback : value;
        return new ParameterField(definition.name(), type, definition.description() == null ? "" : definition.description(),
                type.equals("password") ? "" : fallback, choices, shown, error);
    }

    private static String text(Value value) {
        return value instanceof Value.Literal literal ? literal.text() : "";
    }
}
