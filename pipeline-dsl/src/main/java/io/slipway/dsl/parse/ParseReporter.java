package io.slipway.dsl.parse;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the syntax errors of one file for the lexer and the parser. A second error at a place that
 * already has one is dropped: after a mistake, recovery tends to trip over the same spot again.
 */
final class ParseReporter {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Long> places = new HashSet<>();

    ParseReporter(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    SourcePos pos(int line, int column) {
        return new SourcePos(file, Math.max(1, line), Math.max(1, column));
    }

    SourcePos pos(Token token) {
        return pos(token.line(), token.column());
    }

    void error(int line, int column, String message, String hint) {
        if (places.add(((long) line << 32) | column)) {
            diagnostics.add(Diagnostic.error(pos(line, column), message, hint));
        }
    }

    void error(Token at, String message, String hint) {
        error(at.line(), at.column(), message, hint);
    }

    /** How many diagnostics there are now, to {@link #rollback} to. */
    int mark() {
        return diagnostics.size();
    }

    /** Drops what was reported since {@code mark}: a cascade that one earlier error explains. */
    void rollback(int mark) {
        while (diagnostics.size() > mark) {
            diagnostics.remove(diagnostics.size() - 1);
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.pos().line()).thenComparingInt(d -> d.pos().column()))
                .toList();
    }
}
