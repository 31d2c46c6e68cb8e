package io.slipway.dsl.ast;

/** {@code target[index]}; {@code safe} for {@code ?[}. */
public record IndexExpr(Expr target, Expr index, boolean safe, SourcePos pos) implements Expr {}
