package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A declaration written as a call: a parameter ({@code string(name: 'X')}), a trigger ({@code cron('H * * * *')}),
 * an option ({@code timeout(time: 5, unit: 'MINUTES')}), a library ({@code lib('x@1')}) or an input parameter.
 * The name is kept as written, even when it is unknown, so that the validator can name it.
 */
public record CallNode(String name, List<Expr> args, List<NamedArg> named, Optional<ClosureExpr> closure,
                       SourcePos pos) {

    public CallNode {
        args = List.copyOf(args);
        named = List.copyOf(named);
    }

    /** The named argument {@code key}, if written. */
    public Optional<NamedArg> arg(String key) {
        return named.stream().filter(a -> a.name().equals(key)).findFirst();
    }
}
