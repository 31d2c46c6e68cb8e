package io.slipway.dsl.ast;

/** {@code left op right}; {@code pos} is the operator's position. */
public record BinaryExpr(BinaryOp op, Expr left, Expr right, SourcePos pos) implements Expr {}
