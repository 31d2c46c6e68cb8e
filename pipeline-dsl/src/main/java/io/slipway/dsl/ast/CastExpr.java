package io.slipway.dsl.ast;

/** {@code expr as Type} or {@code (Type) expr}; {@code type} as written ({@code Integer}, {@code String[]}). */
public record CastExpr(Expr expr, String type, SourcePos pos) implements Expr {}
