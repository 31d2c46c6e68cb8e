package io.slipway.dsl.ast;

import java.util.List;

/**
 * A statement with an annotation in front, as Jenkinsfiles load shared libraries:
 * {@code @Library('my-lib@1.0') _}. {@code target} is what the annotation stands on
 * (for {@code _}, an {@link ExprStmt} of the variable {@code _}).
 */
public record AnnotatedStmt(String annotation, List<Expr> args, List<NamedArg> named, Stmt target, SourcePos pos)
        implements Stmt {

    public AnnotatedStmt {
        args = List.copyOf(args);
        named = List.copyOf(named);
    }
}
