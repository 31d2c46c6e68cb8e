package io.slipway.dsl.ast;

/** {@code break}. */
public record BreakStmt(SourcePos pos) implements Stmt {}
