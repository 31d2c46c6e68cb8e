package io.slipway.dsl.ast;

/**
 * One entry of a map literal. A bare-word key ({@code [name: 1]}) is a {@link ConstantExpr} string;
 * a parenthesised key ({@code [(k): 1]}) is that expression.
 */
public record MapEntryExpr(Expr key, Expr value, SourcePos pos) {}
