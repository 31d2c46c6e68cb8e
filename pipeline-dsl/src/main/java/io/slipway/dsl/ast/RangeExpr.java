package io.slipway.dsl.ast;

/** {@code from..to} (inclusive) or {@code from..<to} (exclusive). */
public record RangeExpr(Expr from, Expr to, boolean inclusive, SourcePos pos) implements Expr {}
