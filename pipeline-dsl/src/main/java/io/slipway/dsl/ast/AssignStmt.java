package io.slipway.dsl.ast;

/**
 * {@code target op value} where op is {@code =}, {@code +=}, {@code -=}, {@code *=}, {@code /=} or
 * {@code ?=}; target is a {@link VariableExpr}, {@link PropertyExpr} ({@code env.X = ...}) or {@link IndexExpr}.
 */
public record AssignStmt(Expr target, String op, Expr value, SourcePos pos) implements Stmt {}
