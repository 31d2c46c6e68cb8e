package io.slipway.dsl.ast;

import java.util.List;

/** {@code [k: v, ...]}, and {@code [:]} for the empty map; entries keep their source order. */
public record MapExpr(List<MapEntryExpr> entries, SourcePos pos) implements Expr {

    public MapExpr {
        entries = List.copyOf(entries);
    }
}
