package io.slipway.dsl.ast;

/** {@code condition ? whenTrue : whenFalse}. */
public record TernaryExpr(Expr condition, Expr whenTrue, Expr whenFalse, SourcePos pos) implements Expr {}
