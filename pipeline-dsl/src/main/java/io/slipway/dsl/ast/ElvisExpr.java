package io.slipway.dsl.ast;

/** {@code value ?: fallback}: the fallback when the value is Groovy-false. */
public record ElvisExpr(Expr value, Expr fallback, SourcePos pos) implements Expr {}
