package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;

/** A section holding a list of entries ({@code environment}, {@code options}, {@code stages}...), at its keyword. */
public record SectionNode<T>(String name, List<T> entries, SourcePos pos) {

    public SectionNode {
        entries = List.copyOf(entries);
    }
}
