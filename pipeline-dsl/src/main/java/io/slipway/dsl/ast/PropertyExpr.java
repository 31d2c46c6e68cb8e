package io.slipway.dsl.ast;

/** {@code target.name}; {@code safe} for {@code ?.}, {@code spread} for {@code *.}. */
public record PropertyExpr(Expr target, String name, boolean safe, boolean spread, SourcePos pos) implements Expr {}
