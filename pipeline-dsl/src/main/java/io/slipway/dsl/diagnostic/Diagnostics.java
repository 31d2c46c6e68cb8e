package io.slipway.dsl.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics across the passes so that every problem is reported at once.
 * Not thread-safe: one instance per compilation.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics in source order (line, then column), errors before warnings at one place. */
    public List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.pos().file())
                        .thenComparingInt(d -> d.pos().line())
                        .thenComparingInt(d -> d.pos().column())
                        .thenComparing(Diagnostic::severity))
                .toList();
    }
}
