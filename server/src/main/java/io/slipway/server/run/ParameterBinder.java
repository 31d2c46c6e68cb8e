package io.slipway.server.run;

import io.slipway.dsl.model.ParameterDefinition;
import io.slipway.dsl.model.ParameterDefinition.BooleanParam;
import io.slipway.dsl.model.ParameterDefinition.ChoiceParam;
import io.slipway.dsl.model.ParameterDefinition.PasswordParam;
import io.slipway.dsl.model.ParameterDefinition.StringParam;
import io.slipway.dsl.model.ParameterDefinition.TextParam;
import io.slipway.dsl.model.Value;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks requested build parameters against the pipeline's {@code parameters} and fills in defaults:
 * booleans must be booleans ({@code true}/{@code false} as text too), choices one of the choices,
 * text parameters scalars; a parameter the pipeline does not declare is refused. Every problem is
 * reported at once, each naming its parameter.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** The build's parameters in declaration order; 400 naming each bad parameter. */
    public static Map<String, Object> bind(List<ParameterDefinition> declared, Map<String, Object> requested) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ParameterDefinition definition : declared) {
            String field = "parameters." + definition.name();
            boolean given = requested.containsKey(definition.name());
            Object value = requested.get(definition.name());
            if (definition instanceof BooleanParam b) {
                if (!given || value == null) {
                    bound.put(b.name(), b.defaultValue());
                } else if (value instanceof Boolean flag) {
                    bound.put(b.name(), flag);
                } else if ("true".equals(value) || "false".equals(value)) {
                    bound.put(b.name(), Boolean.parseBoolean((String) value));
                } else {
                    errors.add(new FieldError(field, "must be true or false, was '" + value + "'"));
                }
            } else if (definition instanceof ChoiceParam c) {
                if (!given || value == null) {
                    bound.put(c.name(), c.choices().isEmpty() ? "" : c.choices().get(0));
                } else if (c.choices().contains(String.valueOf(value))) {
                    bound.put(c.name(), String.valueOf(value));
                } else {
                    errors.add(new FieldError(field, "must be one of " + c.choices().stream()
                            .map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + ", was '" + value + "'"));
                }
            } else if (given && value != null && !(value instanceof String || value instanceof Number
                    || value instanceof Boolean)) {
                errors.add(new FieldError(field, "must be a string"));
            } else if (given && value != null) {
                String text = String.valueOf(value);
                bound.put(definition.name(), definition instanceof StringParam s && s.trim() ? text.trim() : text);
            } else {
                bound.put(definition.name(), defaultText(definition));
            }
        }
        for (String name : requested.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(name))) {
                errors.add(new FieldError("parameters." + name, "is not a parameter of this pipeline (declared: "
                        + (declared.isEmpty() ? "none" : declared.stream().map(ParameterDefinition::name)
                        .collect(Collectors.joining(", "))) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid build parameters", errors);
        }
        return bound;
    }

    /** Names of the password parameters, whose values are masked in logs and in the API. */
    public static List<String> secretNames(List<ParameterDefinition> declared) {
        return declared.stream().filter(d -> d instanceof PasswordParam).map(ParameterDefinition::name).toList();
    }

    private static String defaultText(ParameterDefinition definition) {
        Value value = definition instanceof StringParam s ? s.defaultValue()
                : definition instanceof TextParam t ? t.defaultValue()
                : definition instanceof PasswordParam p ? p.defaultValue()
                : null;
        return value instanceof Value.Literal literal ? literal.text() : "";
    }
}
