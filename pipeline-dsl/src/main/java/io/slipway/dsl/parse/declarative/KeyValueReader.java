package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a block of {@code key value} lines ({@code image 'x'}, {@code reuseNode true}) as named values in
 * source order. A line with a block instead of a value keeps the block as its value.
 */
final class KeyValueReader {

    private KeyValueReader() {
    }

    static List<NamedArg> read(ClosureExpr block, String where, Diagnostics diagnostics) {
        List<NamedArg> out = new ArrayList<>();
        for (Stmt stmt : block.body()) {
            Optional<Directive> found = Directive.of(stmt);
            Optional<Expr> value = found.flatMap(KeyValueReader::valueOf);
            if (value.isEmpty()) {
                diagnostics.add(Diagnostic.error(stmt.pos(), DeclarativeMessages.expectedKeyValue(where)));
                continue;
            }
            out.add(new NamedArg(found.get().name(), value.get(), found.get().pos()));
        }
        return out;
    }

    private static Optional<Expr> valueOf(Directive d) {
        if (d.single().isPresent() && d.block().isEmpty()) {
            return d.single();
        }
        if (!d.hasArgs() && d.block().isPresent() && !d.bareWord()) {
            return Optional.<Expr>of(d.block().get());
        }
        return Optional.empty();
    }
}
