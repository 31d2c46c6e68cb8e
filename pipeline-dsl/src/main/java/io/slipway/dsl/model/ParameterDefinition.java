package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Map;

/**
 * A build parameter a person or trigger supplies. The five Jenkins core types are typed; parameter types
 * of common Jenkins plugins ({@code gitParameter}, {@code run}, ...) are kept by name with their arguments.
 */
public sealed interface ParameterDefinition permits ParameterDefinition.StringParam, ParameterDefinition.TextParam,
        ParameterDefinition.BooleanParam, ParameterDefinition.ChoiceParam, ParameterDefinition.PasswordParam,
        ParameterDefinition.OtherParam {

    String name();

    String description();

    SourcePos pos();

    /** {@code string(name: 'X', defaultValue: 'x', description: '...', trim: true)}. */
    record StringParam(String name, Value defaultValue, String description, boolean trim, SourcePos pos)
            implements ParameterDefinition {}

    /** {@code text(name: 'X', defaultValue: 'multi\nline')}. */
    record TextParam(String name, Value defaultValue, String description, SourcePos pos)
            implements ParameterDefinition {}

    /** {@code booleanParam(name: 'X', defaultValue: true)}. */
    record BooleanParam(String name, boolean defaultValue, String description, SourcePos pos)
            implements ParameterDefinition {}

    /** {@code choice(name: 'X', choices: ['a', 'b'])}; the first choice is the default. */
    record ChoiceParam(String name, List<String> choices, String description, SourcePos pos)
            implements ParameterDefinition {

        public ChoiceParam {
            choices = List.copyOf(choices);
        }
    }

    /** {@code password(name: 'X', defaultValue: '')}: the value is a secret and never printed. */
    record PasswordParam(String name, Value defaultValue, String description, SourcePos pos)
            implements ParameterDefinition {}

    /** A plugin's parameter type, kept by its name ({@code gitParameter}) with its named arguments. */
    record OtherParam(String type, String name, String description, Map<String, Expr> args, SourcePos pos)
            implements ParameterDefinition {

        public OtherParam {
            args = Map.copyOf(args);
        }
    }
}
