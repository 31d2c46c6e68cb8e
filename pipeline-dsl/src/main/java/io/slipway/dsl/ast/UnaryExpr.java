package io.slipway.dsl.ast;

/** {@code !x}, {@code -x}, {@code i++} and the like. */
public record UnaryExpr(UnaryOp op, Expr operand, SourcePos pos) implements Expr {}
