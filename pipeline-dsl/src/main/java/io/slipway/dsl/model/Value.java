package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;

/**
 * A value a user wrote where text is expected: a literal known now, a Groovy expression (a GString such as
 * {@code "${env.BRANCH_NAME}"}, a concatenation) that the engine evaluates at run time, or, in an
 * {@code environment} section only, a reference to a stored credential.
 */
public sealed interface Value permits Value.Literal, Value.Expression, Value.Credential {

    /** A constant: a {@link String}, number or {@link Boolean}. */
    record Literal(Object value) implements Value {

        /** The constant as text, as Jenkins turns it into a string. */
        public String text() {
            return String.valueOf(value);
        }
    }

    /** An expression evaluated when the build runs. */
    record Expression(Expr expr) implements Value {}

    /** {@code credentials('id')}: the engine binds the secret under the variable's name. */
    record Credential(String credentialsId) implements Value {}

    static Value literal(Object value) {
        return new Literal(value);
    }
}
