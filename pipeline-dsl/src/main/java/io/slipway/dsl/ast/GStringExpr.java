package io.slipway.dsl.ast;

import java.util.List;

/**
 * An interpolated string ({@code "build ${env.BUILD_NUMBER} of $JOB"}), kept in Groovy's shape:
 * {@code strings} are the literal pieces (escapes already applied) and {@code values} the
 * interpolated expressions between them, so {@code strings.size() == values.size() + 1}.
 */
public record GStringExpr(List<String> strings, List<Expr> values, SourcePos pos) implements Expr {

    public GStringExpr {
        strings = List.copyOf(strings);
        values = List.copyOf(values);
        if (strings.size() != values.size() + 1) {
            throw new IllegalArgumentException("a GString has one more literal piece than values");
        }
    }
}
