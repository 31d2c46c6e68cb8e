package io.slipway.dsl.ast;

/** {@code throw expr}. */
public record ThrowStmt(Expr value, SourcePos pos) implements Stmt {}
