package io.slipway.dsl.diagnostic;

import io.slipway.dsl.ast.SourcePos;
import java.util.Optional;

/**
 * One problem found in a pipeline, with its place and, where one helps, a hint. Prints as
 * <pre>
 * Jenkinsfile:14:9: error: unknown step 'dokcer'
 *   hint: did you mean 'docker'?
 * </pre>
 */
public record Diagnostic(SourcePos pos, Severity severity, String message, Optional<String> hint) {

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.ERROR, message, Optional.empty());
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(pos, Severity.ERROR, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.WARNING, message, Optional.empty());
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(pos, Severity.WARNING, message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: severity: message}, then {@code   hint: ...} on its own line when there is one. */
    public String format() {
        String head = pos + ": " + severity.label() + ": " + message;
        return hint.map(h -> head + System.lineSeparator() + "  hint: " + h).orElse(head);
    }

    @Override
    public String toString() {
        return format();
    }
}
