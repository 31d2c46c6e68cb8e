package io.slipway.dsl.expr;

import io.slipway.dsl.ast.SourcePos;
import java.util.IllegalFormatException;
import java.util.NoSuchElementException;
import java.util.regex.PatternSyntaxException;

/**
 * Turns failures inside the library into {@link EvalException}s at a node: a {@link ScriptFault}, or one of
 * the Java exceptions Groovy itself would raise for the same script (number format, index, arithmetic,
 * read-only collection, ...), which scripts may catch under their Java type. Anything else, such as a
 * step's own exception, passes unchanged.
 */
final class Faults {

    private Faults() {
    }

    static RuntimeException at(SourcePos pos, RuntimeException failure) {
        if (failure instanceof ScriptFault f) {
            return new EvalException(pos, f.getMessage(), f.scriptType());
        }
        if (isGroovyLevel(failure)) {
            return new EvalException(pos, String.valueOf(failure.getMessage()), failure.getClass().getName());
        }
        return failure;
    }

    private static boolean isGroovyLevel(RuntimeException e) {
        return e instanceof ArithmeticException || e instanceof NumberFormatException
                || e instanceof IndexOutOfBoundsException || e instanceof NoSuchElementException
                || e instanceof PatternSyntaxException || e instanceof IllegalFormatException
                || e instanceof UnsupportedOperationException || e instanceof ClassCastException;
    }
}
