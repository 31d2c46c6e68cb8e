package io.slipway.dsl.validate;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import io.slipway.dsl.parse.declarative.Suggestions;
import java.util.Collection;

/** Where the rules put what they find: a thin layer over {@link Diagnostics} with the hint conventions. */
final class Report {

    private final Diagnostics diagnostics;

    Report(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void error(SourcePos pos, String message) {
        diagnostics.add(Diagnostic.error(pos, message));
    }

    void error(SourcePos pos, String message, String hint) {
        diagnostics.add(Diagnostic.error(pos, message, hint));
    }

    /** Diagnostics another checker made, kept as they are. */
    void all(java.util.List<Diagnostic> found) {
        found.forEach(diagnostics::add);
    }

    void warning(SourcePos pos, String message) {
        diagnostics.add(Diagnostic.warning(pos, message));
    }

    /** An error with "did you mean" when a near word exists, else the list of allowed words. */
    void unknown(SourcePos pos, String message, String word, Collection<String> allowed) {
        error(pos, message, hint(word, allowed));
    }

    static String hint(String word, Collection<String> allowed) {
        return Suggestions.nearest(word, allowed).map(n -> "did you mean '" + n + "'?")
                .orElse(ValidationMessages.allowed(String.join(", ", allowed)));
    }

    static String at(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }
}
