package io.slipway.dsl.ast;

/** A bare name: a local variable, {@code params}, {@code env}, {@code currentBuild}, or an environment variable. */
public record VariableExpr(String name, SourcePos pos) implements Expr {}
