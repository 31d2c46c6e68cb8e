package io.slipway.dsl.ast;

/** An expression used as a statement, most often a step or directive call. */
public record ExprStmt(Expr expr, SourcePos pos) implements Stmt {}
